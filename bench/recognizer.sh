#!/usr/bin/env bash
# Intent recognizer benchmark (in process, no HTTP): model load (training at start-up) time and
# per-message recognition latency, median and p99. usage: bench/recognizer.sh [recognitions per pass]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet run -c Release --project "$HERE/RecognizerBench/RecognizerBench.csproj" -- "$@"
