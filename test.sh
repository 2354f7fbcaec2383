#!/usr/bin/env bash
# Runs every test project in the solution and prints one closing line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
results=$(mktemp -d)
# A test that hangs fails the run with a dump naming it, instead of holding CI until its limit.
dotnet test SubscriberSdk.sln -c Release --logger "trx" --results-directory "$results" --blame-hang-timeout 10m "$@"
status=$?
python3 - "$results" "$status" <<'PY' || true
import sys, glob, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    root = ET.parse(f).getroot()
    summary = root.find(".//{*}ResultSummary")
    if summary is not None and summary.get("outcome") in ("Aborted", "Error", "Timeout"):
        # A crashed test host is a failure even when every test it finished passed.
        print(f"test run {summary.get('outcome').lower()}: {f}")
        failed += 1
    c = root.find(".//{*}Counters")
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0))
    skipped += int(c.get("notExecuted", 0))
if int(sys.argv[2]) != 0 and failed == 0:
    # A project that did not build runs no tests: the counts alone would look green.
    print(f"dotnet test exited with {sys.argv[2]}: a project failed to build or its test host failed (see above)")
    failed += 1
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
