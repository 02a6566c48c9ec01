#!/usr/bin/env bash
# The standard benchmark set (docs/performance.md): builds Release, then runs
#   1. load: the bot on the memory, file and Azure Blob (Azurite) stores, and the floor at the same N and K;
#      node: the Node.js Bot Framework SDK bot (bench/node-sdk-bot) beside bot/memory at the same K (100 conversations);
#   2. leak: rounds of conversations on one bot process (file store), memory after a full GC each round;
#   3. timers: 10,000 concurrent workouts on the embedded scheduler;
#   4. micro: the BenchmarkDotNet hot paths (short job, in process).
# Writes bench/results/<timestamp>.md and prints a summary. Sized for a 2-core machine: a few minutes.
#
#   bench/run.sh                  the standard set
#   bench/run.sh --quick          no Blob store, no micro-benchmarks
#   bench/run.sh --soak           also 10,000 conversations on one bot process (file store; about half an hour)
#   bench/run.sh --smoke          proves the harness starts the bot, the floor and the Node.js SDK bot, that each
#                                 conversation finishes, and that the leak and timer parts run (a tiny run, no
#                                 timing; test.sh runs it)
#   bench/run.sh -- <options>     passes options to the load generator (see docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."

stores="memory,file,blob"
micro=1
parts="load,node,leak,timers"
smoke=0
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) stores="memory,file"; micro=0 ;;
    --soak) parts="$parts,soak" ;;
    --smoke) smoke=1; stores="memory"; micro=0; parts="load,node,leak,timers" ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown option $1 (see docs/performance.md)" >&2; exit 2 ;;
  esac
  shift
done

if [[ "$stores" == *blob* ]] && [ ! -x tests/tools/node_modules/.bin/azurite ]; then
  echo "Installing Azurite (npm ci in tests/tools)..."
  npm ci --prefix tests/tools --no-audit --no-fund --loglevel=error
fi

if [[ "$parts" == *node* ]] && [ ! -d bench/node-sdk-bot/node_modules/botbuilder ]; then
  echo "Installing the Node.js SDK bot's packages (npm ci in bench/node-sdk-bot)..."
  npm ci --prefix bench/node-sdk-bot --no-audit --no-fund --loglevel=error
fi

echo "Building Release..."
for project in bench/RunnersKnee.LoadTest bench/RunnersKnee.Floor bench/RunnersKnee.Benchmarks; do
  dotnet build "$project" -c Release --nologo -v quiet -clp:ErrorsOnly
done

if [ "$smoke" = 1 ]; then
  out="$(mktemp -d -t rk-bench-smoke-XXXXXX)"
  dotnet bench/RunnersKnee.LoadTest/bin/Release/net10.0/RunnersKnee.LoadTest.dll \
    --parts "$parts" --stores memory --conversations 2 --node-conversations 2 --concurrency 2 --warmup 2 \
    --leak-rounds 1 --leak-conversations 2 --timer-workouts 20 --timer-seconds 4 --strict --out "$out/smoke.md" "${extra[@]}"
  rm -rf "$out"
  echo "bench smoke: the harness started the bot, the floor and the Node.js SDK bot, every conversation finished, and the leak and timer parts ran"
  exit 0
fi

stamp="$(date -u +%Y%m%d-%H%M%S)"
report="bench/results/$stamp.md"
mkdir -p bench/results
echo "uptime before: $(uptime)"

dotnet bench/RunnersKnee.LoadTest/bin/Release/net10.0/RunnersKnee.LoadTest.dll \
  --parts "$parts" --stores "$stores" \
  --conversations 400 --concurrency 64 \
  --blob-conversations 60 --blob-concurrency 16 \
  --leak-rounds 4 --leak-conversations 150 \
  --soak-conversations 10000 \
  --timer-workouts 10000 --timer-seconds 60 \
  --out "$report" "${extra[@]}"

if [ "$micro" = 1 ]; then
  echo "Micro-benchmarks (BenchmarkDotNet, short job, in process)..."
  artifacts="$(mktemp -d -t rk-bdn-XXXXXX)"
  dotnet bench/RunnersKnee.Benchmarks/bin/Release/net10.0/RunnersKnee.Benchmarks.dll \
    --filter '*' --job short --inProcess --artifacts "$artifacts" --exporters github >/dev/null
  {
    echo
    echo "## Micro-benchmarks (BenchmarkDotNet, short job, in process)"
    echo
    for table in "$artifacts"/results/*-report-github.md; do
      sed -n '/^| /p' "$table"
      echo
    done
  } | tee -a "$report"
  rm -rf "$artifacts"
fi

echo "uptime after: $(uptime)"
echo "report: $report"
