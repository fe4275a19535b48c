#!/usr/bin/env bash
# Prepares the website chat's browser and Node tests (BackCare.Bot.Tests/Channels/WebChat); test.sh runs it.
#
# - Debian's Chromium at /usr/bin/chromium, installed with apt-get when missing (needs root). Playwright drives
#   this browser; `playwright install` is never used.
# - The tests' npm packages (botframework-directlinejs, axe-core) in BackCare.Bot.Tests/WebChat, with `npm ci`
#   when node_modules is missing or older than package-lock.json.
# The bot's own Web Chat bundle is fetched by the build (BackCare.Bot.csproj), not here.
# Idempotent. Progress goes to stderr. Without these, the tests skip locally and fail when CI is set.
set -uo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf 'test-prereqs-webchat: %s\n' "$*" >&2; }
status=0

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing Debian's chromium (about a minute)"
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >&2; then
            log "error: could not install chromium"
            status=1
        fi
    else
        log "error: /usr/bin/chromium is missing; as root run: apt-get update && apt-get install -y chromium"
        status=1
    fi
fi

packages="$repo_root/BackCare.Bot.Tests/WebChat"
if ! command -v npm >/dev/null 2>&1; then
    log "error: npm is missing; install Node.js 18 or later with npm"
    status=1
elif [ ! -d "$packages/node_modules" ] || [ "$packages/package-lock.json" -nt "$packages/node_modules/.package-lock.json" ]; then
    log "npm ci in BackCare.Bot.Tests/WebChat"
    if ! (cd "$packages" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) >&2; then
        log "error: npm ci failed in $packages"
        status=1
    fi
fi

exit "$status"
