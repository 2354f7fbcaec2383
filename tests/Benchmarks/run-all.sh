#!/usr/bin/env bash
# Runs every benchmark (BenchmarkDotNet classes and the load driver) and writes BENCHMARKS.md at the
# repository root with the machine and the date.
#   tests/Benchmarks/run-all.sh            full run (about 10-15 minutes on 2 cores)
#   QUICK=1 tests/Benchmarks/run-all.sh    smoke run: short loads, small stores, BenchmarkDotNet dry job
# Knobs: SECONDS_PER_LOAD (30), RSS_SECONDS (60), CONNECTIONS (64), SCALE_COUNT (1000000), BULK_COUNT (1000000),
#        BDN_JOB (short), BDN_FILTER ('*'), BDN_ARGS (extra BenchmarkDotNet arguments, e.g. --inProcess),
#        OUT (BENCHMARKS.md at the root).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
if [[ "${QUICK:-0}" == "1" ]]; then
  : "${SECONDS_PER_LOAD:=3}" "${SCALE_COUNT:=20000}" "${BULK_COUNT:=20000}" "${BDN_JOB:=dry}"
fi
SECONDS_PER_LOAD="${SECONDS_PER_LOAD:-30}"
CONNECTIONS="${CONNECTIONS:-64}"
SCALE_COUNT="${SCALE_COUNT:-1000000}"
BULK_COUNT="${BULK_COUNT:-1000000}"
BDN_JOB="${BDN_JOB:-short}"
BDN_FILTER="${BDN_FILTER:-*}"
OUT="${OUT:-$ROOT/BENCHMARKS.md}"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
LOADS="$WORK/loads.md"
: > "$LOADS"

dotnet build -c Release tests/Benchmarks/Benchmarks.csproj -nologo -v q
EXE="$ROOT/tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll"

load() { dotnet "$EXE" load "$@" --markdown "$LOADS"; }
load startup
load health      --seconds "$SECONDS_PER_LOAD" --connections "$CONNECTIONS"
load essential   --seconds "$SECONDS_PER_LOAD" --connections "$CONNECTIONS"
load essential-vs-static --seconds "$SECONDS_PER_LOAD" --connections "$CONNECTIONS"
load rss         --seconds "${RSS_SECONDS:-60}" --connections "$CONNECTIONS"
load mta-bulk    --seconds "$SECONDS_PER_LOAD" --connections 8
load scale       --seconds "$SECONDS_PER_LOAD" --connections "$CONNECTIONS" --count "$SCALE_COUNT"
load bulk-engine --connections 8 --count "$BULK_COUNT"
load bulk-engine --connections 8 --count "$BULK_COUNT" --simulator process

# BenchmarkDotNet writes its tables under ./BenchmarkDotNet.Artifacts of the working folder.
# shellcheck disable=SC2086 # BDN_ARGS is a list of extra arguments, e.g. "--inProcess".
( cd "$WORK" && dotnet "$EXE" --filter "$BDN_FILTER" --job "$BDN_JOB" ${BDN_ARGS:-} )

{
  echo "# Benchmarks"
  echo
  echo "Written by \`tests/Benchmarks/run-all.sh\`$([[ "${QUICK:-0}" == "1" ]] && echo ' (QUICK=1: a smoke run, not figures to quote)')."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| Date (UTC) | $(date -u '+%Y-%m-%d %H:%M') |"
  echo "| CPU | $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) cores |"
  echo "| Memory | $(free -h 2>/dev/null | awk '/^Mem:/ {print $2}') |"
  echo "| OS | $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), kernel $(uname -r) |"
  echo "| .NET | $(dotnet --version) |"
  echo "| Load average at the end | $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) |"
  echo "| Settings | ${SECONDS_PER_LOAD} s per load, ${CONNECTIONS} connections, ${SCALE_COUNT} subscribers for scale, ${BULK_COUNT} records for the bulk engine, BenchmarkDotNet job ${BDN_JOB} |"
  echo
  echo "The load generator runs in the same process as the simulator (Kestrel on 127.0.0.1, rate limits off),"
  echo "so both share the cores: the figures are what one 2-core machine does with client and server together."
  echo "A target missed is marked **no**; what limits each one is in tests/Benchmarks/README.md (\"What limits the figures\")."
  echo
  echo "## Load driver (simulator over loopback, start-up, state scale, bulk engine)"
  echo
  cat "$LOADS"
  echo "## BenchmarkDotNet"
  echo
  echo "SDK overhead: \`SdkOverheadBenchmarks\` (target: the facade at most 1.1x the hand-written call in Ratio and 1.3x in Alloc Ratio)."
  echo
  for report in "$WORK"/BenchmarkDotNet.Artifacts/results/*-report-github.md; do
    [[ -e "$report" ]] || continue
    echo "### $(basename "$report" -report-github.md)"
    echo
    cat "$report"
    echo
  done
} > "$OUT"
echo "wrote $OUT"
