#!/usr/bin/env bash
# Runs every test. Installs what the tests need (Debian's Chromium, the npm tools such as Azurite) when it
# is missing; the tests start and stop their own servers on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || { echo "Could not install chromium (run as root, or install it: apt-get install chromium)." >&2; exit 1; }
fi

if [ ! -x tests/tools/node_modules/.bin/azurite ] || [ ! -x tests/tools/node_modules/.bin/atk ] || [ ! -f tests/tools/node_modules/axe-core/axe.min.js ]; then
  echo "Installing the test tools (npm ci in tests/tools)..."
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
fi

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test RunnersKnee.sln -c Release --logger "trx" --results-directory "$results" "$@" || status=$?

# The benchmark harness must start as documented at every commit (a tiny run; timings are bench/run.sh's job).
if [ $# -eq 0 ]; then
  bench/run.sh --smoke || status=$?
fi

# One plain closing line over all test projects.
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    root = ET.parse(path).getroot()
    # The safety corpus prints its recall and precision per class; show them with the totals.
    for result in root.iter("{*}UnitTestResult"):
        if result.get("testName", "").endswith("RecallAndPrecision_ArePrinted"):
            out = result.find(".//{*}StdOut")
            if out is not None and out.text:
                print(out.text.strip())
    counters = root.find(".//{*}Counters")
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
