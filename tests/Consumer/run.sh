#!/usr/bin/env bash
# The consumer check: the repository as a user meets it. Packs the three packages into a temporary
# folder; runs the README's "Use it in your project" lines in a fresh console project (package
# references and the dotnet tool from that folder) and starts the tool; runs the root README's quick
# start from that project against the tool, checking each outcome; runs a fresh xunit
# project that starts the simulator from its package in process and in memory. Our packages come from
# the folder only, their dependencies from the registry. CI runs it (.ci/run); so can anyone:
#   tests/Consumer/run.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/tests/Consumer"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
feed="$work/feed"
# A version no earlier run used, so no package cache can hand back a stale build of ours.
suffix="consumer.$(date -u +%Y%m%d%H%M%S).$$"
simulator_pid=""
cleanup() {
  if [[ -n "$simulator_pid" ]]; then kill "$simulator_pid" 2>/dev/null || true; wait "$simulator_pid" 2>/dev/null || true; fi
  if [[ -n "${version:-}" ]]; then
    # Only the folders this run put in the user's package cache.
    for id in subscribersdk subscribersimulator subscribersimulator.tool; do rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/$id/$version"; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "consumer check FAILED: $*" >&2; exit 1; }

echo "== pack (version suffix $suffix)"
# Built apart from the repository's bin/ and obj/, so the check sees what pack makes from a clean tree.
dotnet pack "$repo/SubscriberSdk.sln" -c Release -o "$feed" --artifacts-path "$work/artifacts" -p:VersionSuffix="$suffix" -nologo -v:q
for id in SubscriberSdk SubscriberSimulator; do
  ls "$feed/$id".*.nupkg "$feed/$id".*.snupkg >/dev/null 2>&1 || fail "pack did not make $id with its symbols package"
done
version=$(basename "$feed"/SubscriberSdk.*.nupkg .nupkg); version=${version#SubscriberSdk.}
[[ -f "$feed/SubscriberSimulator.Tool.$version.nupkg" ]] || fail "pack did not make SubscriberSimulator.Tool $version"

# For the xunit project: our packages from the folder only (package source mapping). Not named
# nuget.config here, so the console project below does not inherit it.
cat > "$work/mapped.nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="SubscriberSdk" />
      <package pattern="SubscriberSimulator" />
      <package pattern="SubscriberSimulator.Tool" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

echo "== the README's 'Use it in your project' lines, as written, in a fresh console project"
readme_lines=$(awk '/^## Use it in your project$/ {section=1} section && /^```bash$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' "$repo/README.md")
prefix=$(sed -n 's|.*<VersionPrefix>\(.*\)</VersionPrefix>.*|\1|p' "$repo/Directory.Build.props")
grep -q -- "--version $prefix" <<<"$readme_lines" || fail "the README's 'Use it in your project' lines do not install version $prefix (Directory.Build.props)"
mkdir -p "$work/MyApp" && (cd "$work/MyApp" && dotnet new console --force >/dev/null)
# Each line as written, except: this script packed already and works in MyApp; the folder and the
# version are this run's; the tool goes to a tool path, not the user's global tools; it is started
# below on a free port instead of 5080.
while IFS= read -r line; do
  command=${line%%#*}
  command=${command%"${command##*[![:space:]]}"}
  case "$command" in "dotnet pack"*|"cd "*|"subscriber-simulator"*|"") continue;; esac
  command=${command//\~\/subscriber-packages/$feed}
  command=${command//--version $prefix/--version $version}
  command=${command//--global/--tool-path $work/tools}
  echo "+ $command"
  (cd "$work/MyApp" && eval "$command") || fail "the README line '$line' failed"
done <<<"$readme_lines"
[[ -x "$work/tools/subscriber-simulator" ]] || fail "the README's lines did not install the subscriber-simulator command"

"$work/tools/subscriber-simulator" --port 0 > "$work/simulator.log" 2>&1 &
simulator_pid=$!
url=""
for _ in $(seq 1 120); do
  url=$(grep -oE 'listening on http://[0-9.:]+' "$work/simulator.log" | head -1 | sed 's/listening on //' || true)
  [[ -n "$url" ]] && break
  kill -0 "$simulator_pid" 2>/dev/null || { cat "$work/simulator.log" >&2; fail "subscriber-simulator exited before listening"; }
  sleep 0.5
done
[[ -n "$url" ]] || { cat "$work/simulator.log" >&2; fail "subscriber-simulator did not print its address within 60 s"; }
echo "subscriber-simulator listening on $url"
health=$(curl -fsS "$url/__sim/health") || fail "GET /__sim/health failed"
grep -q "\"$version\"" <<<"$health" || fail "the health endpoint does not report version $version: $health"

echo "== the root README's quick start, from that project, against the installed tool"
# The README's first C# block, verbatim, with the simulator's address taken from the command line.
awk '/^```csharp$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' "$repo/README.md" \
  | sed 's|^var simulator = .*|var simulator = args[0];|' > "$work/MyApp/Program.cs"
grep -q 'var simulator = args\[0\];' "$work/MyApp/Program.cs" || fail "the README's quick start no longer sets 'var simulator'"
dotnet run --project "$work/MyApp" -c Release -- "$url" | tee "$work/quickstart.out"
for expected in 'Essential: Created (HTTP 201)' 'Mobile Text Alerts: Created (+19148440002)' \
                'Sequenzy: PendingConfirmation (ada@example.com)' 'Attentive: Created (HTTP 202)'; do
  grep -qxF "$expected" "$work/quickstart.out" || fail "the quick start did not print '$expected'"
done
grep -qE '^Essential subscriber .+: Subscribed$' "$work/quickstart.out" || fail "the quick start did not print the Essential subscriber as Subscribed"

echo "== xunit project: the simulator package in process and in memory"
mkdir -p "$work/SimulatorTests"
cp "$here/SimulatorTests/"*.csproj "$here/SimulatorTests/"*.cs "$work/SimulatorTests/"
cp "$work/mapped.nuget.config" "$work/SimulatorTests/nuget.config"
# The root README's "Use it from tests" code, verbatim, as one more test file.
awk '/^## Use it from tests$/ {section=1} section && /^```csharp$/ {inside=1; next} inside && /^```$/ {exit} inside {print}' "$repo/README.md" > "$work/SimulatorTests/ReadmeTests.cs"
grep -q 'class SimulatorFixture' "$work/SimulatorTests/ReadmeTests.cs" || fail "the README's 'Use it from tests' section has no fixture"
dotnet test "$work/SimulatorTests" -c Release -p:SubscriberPackageVersion="$version" --logger "console;verbosity=normal" | tee "$work/xunit.out"
grep -q "A_pending_contact_gets_one_confirmation_per_ten_minutes" "$work/xunit.out" || fail "the README's test did not run"

echo "consumer check passed: SubscriberSdk, SubscriberSimulator and SubscriberSimulator.Tool $version install and work from a package folder"
