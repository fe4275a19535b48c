#!/usr/bin/env bash
# Measures BackCare beside the reference peers in ../../shared/bench (the official botbuilder-js
# SDK bot and a bare Kestrel echo) on this machine, loopback only. Prints one line per measurement.
#
# usage: bench/run.sh            (env: USERS, WARMUP, DURATION, RUNS, STORAGE=Sqlite|Memory are passed on)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
SHARED_BENCH="${SHARED_BENCH:-$REPO/../shared/bench}"
PORT="${BACKCARE_PORT:-3988}"
STORAGE="${STORAGE:-Sqlite}"
[ -x "$SHARED_BENCH/measure.sh" ] || { echo "bench/run.sh: no measure.sh at $SHARED_BENCH" >&2; exit 2; }

dotnet publish "$REPO/BackCare.Bot/BackCare.Bot.csproj" -c Release -o "$HERE/.runs/publish" --nologo -v q
data="$(mktemp -d)"
started=$(date +%s%N)
(
    cd "$data"
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" ASPNETCORE_ENVIRONMENT=Production Bot__AllowAnonymousInProduction=true \
    Logging__LogLevel__Default=Warning Storage__Provider="$STORAGE" \
    exec "$HERE/.runs/publish/BackCare.Bot"
) >"$HERE/.runs/backcare.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

# Start-up trains the intent model (a few seconds), so allow up to a minute.
for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
    sleep 0.2
done
echo "backcare-$STORAGE: ready $(( ($(date +%s%N) - started) / 1000000 )) ms after start (includes training the intent model)"

"$SHARED_BENCH/measure.sh" \
    --extra "http://127.0.0.1:$PORT/api/messages" "$HERE/flows/faq.txt" \
    --extra "http://127.0.0.1:$PORT/api/messages" "$HERE/flows/tour.txt" \
    --extra "http://127.0.0.1:$PORT/api/messages" "$HERE/flows/check.txt" \
    --extra "http://127.0.0.1:$PORT/api/messages" "$HERE/flows/freetext.txt" \
    --extra-name "backcare-$STORAGE" --extra-pid "$pid"
