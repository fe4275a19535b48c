#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the storage tests and prints the line that points them at it:
#
#   eval "$(scripts/start-postgres.sh)"      # or: scripts/start-postgres.sh && . .ci-data/pg.env
#   dotnet test BackCare.Bot.Tests --filter FullyQualifiedName~Storage
#
# Idempotent: installs Debian's postgresql when it is missing (needs root), creates a cluster under
# .ci-data/pg (git-ignored) listening on 127.0.0.1 only, and returns at once when that cluster is
# already running. Progress goes to stderr; stdout carries only the export line.
#
# Settings: BACKCARE_PG_PORT (default 55432), BACKCARE_PG_ROOT (default <repo>/.ci-data/pg).
# Stop it with: runuser -u postgres -- /usr/lib/postgresql/<v>/bin/pg_ctl -D <root>/data stop
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${BACKCARE_PG_PORT:-55432}"
root="${BACKCARE_PG_ROOT:-$repo_root/.ci-data/pg}"
env_file="$repo_root/.ci-data/pg.env"
database=backcare_test
app_user=backcare

log() { printf 'start-postgres: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Debian's server binaries, newest major first. /usr/local/bin/pg_ctl and the pg_wrapper scripts in
# /usr/bin may belong to another version, so they are never used.
find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5,5nr); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/psql" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

if ! bin="$(find_bin)"; then
    [[ $EUID -eq 0 ]] || die "PostgreSQL is not installed; run this script as root once, or apt-get install postgresql"
    log "installing Debian's postgresql (one-off)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    bin="$(find_bin)" || die "postgresql installed but no /usr/lib/postgresql/*/bin/initdb found"
fi
major="$(basename "$(dirname "$bin")")"

# The server refuses to run as root: as root, run it as the postgres user; otherwise as ourselves.
if [[ $EUID -eq 0 ]]; then
    owner=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    owner="$(id -un)"
    as_owner() { "$@"; }
fi

# The postgres user must be able to reach the data directory. A clone under a private home folder
# (e.g. /root) is not reachable, so fall back to a folder under /tmp named after this repository.
mkdir -p "$root"
if [[ $EUID -eq 0 ]] && ! runuser -u postgres -- test -x "$root" 2>/dev/null; then
    root="/tmp/backcare-pg-$(printf '%s' "$repo_root" | cksum | cut -d' ' -f1)"
    log "postgres cannot reach the repository's folder; using $root"
    mkdir -p "$root"
fi
data="$root/data"
password_file="$root/app.password"
superuser_file="$root/superuser.password"
chown "$owner" "$root"
chmod 700 "$root"

new_secret() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# A cluster from another major version cannot be started by these binaries; it is throwaway, so start over.
if [[ -f "$data/PG_VERSION" && "$(cat "$data/PG_VERSION")" != "$major" ]]; then
    log "discarding a cluster made by PostgreSQL $(cat "$data/PG_VERSION")"
    rm -rf "$data"
fi

if [[ ! -f "$data/PG_VERSION" ]]; then
    log "creating a cluster in $data (PostgreSQL $major)"
    rm -rf "$data"
    new_secret >"$superuser_file"
    new_secret >"$password_file"
    chown "$owner" "$superuser_file" "$password_file"
    chmod 600 "$superuser_file" "$password_file"
    as_owner "$bin/initdb" --pgdata="$data" --username=postgres --pwfile="$superuser_file" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    # Loopback TCP only, no Unix socket (its default folder may not exist), and no durability:
    # the data is disposable and the tests run faster without fsync.
    cat >>"$data/postgresql.conf" <<EOF

# start-postgres.sh: throwaway test server
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
fi

connection="Host=127.0.0.1;Port=$port;Database=$database;Username=$app_user;Password=$(cat "$password_file")"
export_line="export BACKCARE_TEST_POSTGRES='$connection'"

psql_admin() {
    PGPASSWORD="$(cat "$superuser_file")" "$bin/psql" -X -q -v ON_ERROR_STOP=1 \
        -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"
}

if as_owner "$bin/pg_ctl" --pgdata="$data" status >/dev/null 2>&1; then
    log "already running on 127.0.0.1:$port"
else
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        die "port $port is taken by another server; stop it or set BACKCARE_PG_PORT"
    fi
    log "starting on 127.0.0.1:$port"
    as_owner "$bin/pg_ctl" --pgdata="$data" --log="$root/server.log" --wait --timeout=60 start >/dev/null \
        || { tail -n 20 "$root/server.log" >&2; die "the server did not start (log: $root/server.log)"; }
fi

# The password user and its database; cheap enough to check on every run.
if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$app_user'")" != 1 ]]; then
    log "creating user $app_user"
    psql_admin -c "CREATE ROLE $app_user LOGIN PASSWORD '$(cat "$password_file")'"
fi
if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
    log "creating database $database"
    psql_admin -c "CREATE DATABASE $database OWNER $app_user"
fi

( umask 077; printf '%s\n' "$export_line" >"$env_file" )
log "ready; the line below is also in $env_file"
printf '%s\n' "$export_line"
