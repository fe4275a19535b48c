#!/usr/bin/env bash
# Runs every BackCare test: starts what the tests need (PostgreSQL), then the whole solution's tests.
# Prints a closing line "tests: N passed, N failed, N skipped". Exit status is dotnet test's.
set -uo pipefail
cd "$(dirname "$0")"

if [ -x scripts/start-postgres.sh ]; then
    # Provides BACKCARE_TEST_POSTGRES for the PostgreSQL storage tests (installs and starts a local server).
    if pg_env=$(scripts/start-postgres.sh); then
        eval "$pg_env"
    else
        echo "test.sh: could not start PostgreSQL; its tests will skip locally and fail in CI" >&2
    fi
fi

for extra in scripts/test-prereqs-*.sh; do
    [ -x "$extra" ] && "$extra"
done

log=$(mktemp)
dotnet test BackCare.sln -c Release "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=0 failed=0 skipped=0
while read -r f p s; do
    failed=$((failed + f)); passed=$((passed + p)); skipped=$((skipped + s))
done < <(grep -oE 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | sed -E 's/[^0-9]+/ /g')
rm -f "$log"
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
    echo "test.sh: no test ran" >&2
    exit 1
fi
exit "$status"
