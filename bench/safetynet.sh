#!/usr/bin/env bash
# Red-flag safety net benchmark (in process, no HTTP): per-message latency of the concept pipeline and of
# the second opinion, median and p99. usage: bench/safetynet.sh [checks per pass]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet run -c Release --project "$HERE/SafetyNetBench/SafetyNetBench.csproj" -- "$@"
