#!/usr/bin/env bash
# Leaderboard benchmarks for BENCHMARKS.md: the board pages under 50 concurrent clients (wrk) on a database
# of 1,000,000 generated submissions from 10,000 users on 200 problems, and how long a new verdict takes to
# reach the board. The data folder is kept (default /tmp/boards-bench), so the data is generated only on the
# first run. Traffic goes to loopback only.
# The generator (BenchmarkData) is bench code, not in the shipped jar: the app runs from the bench classpath.
# Usage: backend/bench/run-board-benchmarks.sh   (from the repository root; it compiles what it runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
PORT=${PORT:-18087}
DATA=${JUDGE_DATA_DIR:-/tmp/boards-bench}
mkdir -p "$DATA"
./mvnw -B -q -Pbench -pl backend -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
JUDGE_DATA_DIR="$DATA/data" JUDGE_ADMIN_PASSWORD='Bench-admin-pass-1' java -Xmx2g \
  --add-exports jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED \
  --add-exports jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED \
  -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench-classpath.txt)" \
  com.mljudge.leaderboards.internal.BenchmarkData \
  --server.port="$PORT" --judge.rate-limit.per-minute=100000 --judge.generate.submissions=1000000 \
  --spring.flyway.out-of-order=true \
  > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null' EXIT
for _ in $(seq 1 1200); do grep -q "is ready at" "$DATA/app.log" && break; sleep 1; done
# Generation (first run only) happens after "ready"; wait for its last line.
for _ in $(seq 1 1200); do grep -qE "Benchmark data: (1000000 submissions|bench users exist)" "$DATA/app.log" && break; sleep 1; done
grep "Benchmark data\|Boards rebuilt" "$DATA/app.log" | sed 's/.*: Bench/Bench/; s/.*: Boards/Boards/'
BASE="http://localhost:$PORT"
for path in /leaderboards "/leaderboards?period=week" "/leaderboards?topic=clustering&page=20" /api/leaderboards \
    /leaderboards/problems/kmeans; do
  wrk -t2 -c50 -d10s "$BASE$path" > /dev/null   # warm-up: let the JIT compile the page
  echo "== $path  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t2 -c50 -d30s --latency "$BASE$path" | sed -n '/Latency Distribution/,/Requests\/sec/p'
done
echo "== verdict to board  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
python3 backend/bench/verdict_to_board.py "$BASE" 10
