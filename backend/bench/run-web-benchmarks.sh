#!/usr/bin/env bash
# Web-layer load scripts for BENCHMARKS.md: submit-to-verdict latency through the API on an idle app, and
# the problem page under 50 concurrent clients (wrk, from Debian). Traffic goes to loopback only.
# Usage: backend/bench/run-web-benchmarks.sh   (from the repository root, after ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
PORT=${PORT:-18181}
DATA=$(mktemp -d)
PASSWORD='Bench-admin-pass-1'
JUDGE_DATA_DIR="$DATA" JUDGE_ADMIN_PASSWORD="$PASSWORD" java -jar backend/target/backend-*.jar \
  --server.port="$PORT" --judge.rate-limit.per-minute=100000 > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do grep -q "is ready at" "$DATA/app.log" && break; sleep 1; done
TOKEN=$(curl -s -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://localhost:$PORT/api/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
cp problem-bank/problems/kmeans/reference/Solution.java "$DATA/Solution.java"
java backend/bench/SubmitLatency.java "http://localhost:$PORT" "Bearer $TOKEN" kmeans "$DATA/Solution.java" 60 15
wrk -t2 -c50 -d10s "http://localhost:$PORT/problems/kmeans" > /dev/null   # warm-up: let the JIT compile the page
wrk -t2 -c50 -d20s --latency "http://localhost:$PORT/problems/kmeans" | sed -n '/Latency Distribution/,/Requests\/sec/p'
