#!/usr/bin/env bash
# Issue 13 item 7, "today's host's figure beside them": the simulator on its own ASP.NET Core host (the
# commit given, e.g. the last main commit before WireMock.Net) against this checkout's WireMock.Net host
# and a static WireMock.Net stub, in one run with the same load driver, connections and seconds.
#   tests/Benchmarks/compare-old-host.sh <commit>
# Each round runs the old host's `load essential` and this checkout's `load essential-vs-static --rounds 1`
# (each in a fresh process, warmed up before it measures); odd rounds start with the old host, even rounds
# with the new one, so a machine getting busier or quieter weighs on both. Prints one row per round and the
# medians; ratios are per round, then the median, because the machine is shared.
# Knobs: CONNECTIONS (64), SECONDS_PER_ROUND (10), WARMUP (5), ROUNDS (3),
#        OLD_DIR (where the commit is extracted and built; /tmp/subscribersdk-host-<commit>).
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <commit of the old host>   (knobs: CONNECTIONS, SECONDS_PER_ROUND, WARMUP, ROUNDS, OLD_DIR)" >&2
  exit 2
fi

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
COMMIT="$(git -C "$ROOT" rev-parse --verify --short "$1^{commit}")" || { echo "Not a commit: $1" >&2; exit 2; }
CONNECTIONS="${CONNECTIONS:-64}"
SECONDS_PER_ROUND="${SECONDS_PER_ROUND:-10}"
WARMUP="${WARMUP:-5}"
ROUNDS="${ROUNDS:-3}"
OLD_DIR="${OLD_DIR:-/tmp/subscribersdk-host-$COMMIT}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
build() { dotnet build -c Release "$1" -nologo -v q > "$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }; }

OLD_EXE="$OLD_DIR/tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll"
NEW_EXE="$ROOT/tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll"
if [[ ! -f "$OLD_EXE" ]]; then
  # An export of the commit, not a git worktree: nothing is registered in the repository to clean up later.
  echo "building $COMMIT in $OLD_DIR..." >&2
  mkdir -p "$OLD_DIR"
  git -C "$ROOT" archive "$COMMIT" | tar -x -C "$OLD_DIR"
  build "$OLD_DIR/tests/Benchmarks/Benchmarks.csproj"
fi
build "$ROOT/tests/Benchmarks/Benchmarks.csproj"
run_old() { dotnet "$OLD_EXE" load essential --seconds "$SECONDS_PER_ROUND" --warmup "$WARMUP" --connections "$CONNECTIONS" --markdown "$WORK/old-$1.md" > "$WORK/old-$1.log"; }
run_new() { dotnet "$NEW_EXE" load essential-vs-static --seconds "$SECONDS_PER_ROUND" --warmup "$WARMUP" --connections "$CONNECTIONS" --rounds 1 --markdown "$WORK/new-$1.md" > "$WORK/new-$1.log"; }

STARTED="$(date -u '+%Y-%m-%d %H:%M')"
LOAD_START="$(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS (load average $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
  if (( round % 2 == 1 )); then run_old "$round"; run_new "$round"; else run_new "$round"; run_old "$round"; fi
done
ENDED="$(date -u '+%H:%M')"
LOAD_END="$(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$WORK" "$ROUNDS" "$COMMIT" "$CONNECTIONS" "$SECONDS_PER_ROUND" "$WARMUP" "$STARTED" "$ENDED" "$LOAD_START" "$LOAD_END" <<'PY'
import statistics, sys
work, rounds, commit, connections, seconds, warmup, started, ended, load_start, load_end = sys.argv[1:]
rounds = int(rounds)

def row(path, prefix):
    # Columns: Scenario | Requests | Errors | Seconds | Requests/s | Records/s | p50 | p95 | p99 | max | ...
    for line in open(path):
        cells = [cell.strip() for cell in line.strip().strip('|').split('|')]
        if cells[0].startswith(prefix):
            return {"rps": float(cells[4].replace(',', '')), "errors": int(cells[2].replace(',', '')), "p99": float(cells[8])}
    sys.exit(f"No row starting '{prefix}' in {path}")

rows = []
for r in range(1, rounds + 1):
    old = row(f"{work}/old-{r}.md", "essential upsert (50% new)")
    engine = row(f"{work}/new-{r}.md", "essential upsert (50% new) on WireMock.Net")
    stub = row(f"{work}/new-{r}.md", "static WireMock.Net stub")
    rows.append((r, old, engine, stub))

print(f"Old host {commit} against this checkout, {connections} connections, {seconds} s per window, {warmup} s warm-up, {rounds} rounds")
print(f"Run {started}-{ended} UTC, load average at the start {load_start}, at the end {load_end}")
print()
print("| Round | old host, req/s (p99 ms) | WireMock.Net engine, req/s (p99 ms) | static stub, req/s (p99 ms) | engine / old | engine / stub | stub / old | errors (old, engine, stub) |")
print("|---|---:|---:|---:|---:|---:|---:|---|")
def cell(side): return f"{side['rps']:,.0f} ({side['p99']:.1f})"
for r, old, engine, stub in rows:
    print(f"| {r} | {cell(old)} | {cell(engine)} | {cell(stub)} | {engine['rps'] / old['rps']:.2f} | {engine['rps'] / stub['rps']:.2f} | {stub['rps'] / old['rps']:.2f} | {old['errors']}, {engine['errors']}, {stub['errors']} |")
median = lambda values: statistics.median(values)
print(f"| median | {median([o['rps'] for _, o, _, _ in rows]):,.0f} ({median([o['p99'] for _, o, _, _ in rows]):.1f})"
      f" | {median([e['rps'] for _, _, e, _ in rows]):,.0f} ({median([e['p99'] for _, _, e, _ in rows]):.1f})"
      f" | {median([s['rps'] for _, _, _, s in rows]):,.0f} ({median([s['p99'] for _, _, _, s in rows]):.1f})"
      f" | {median([e['rps'] / o['rps'] for _, o, e, _ in rows]):.2f} | {median([e['rps'] / s['rps'] for _, _, e, s in rows]):.2f}"
      f" | {median([s['rps'] / o['rps'] for _, o, _, s in rows]):.2f} | |")
PY
