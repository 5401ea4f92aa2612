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
for _ in $(seq 1 300); do grep -q "is ready at" "$DATA/app.log" && break; sleep 1; done
TOKEN=$(curl -s -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
  "http://localhost:$PORT/api/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
cp problem-bank/problems/kmeans/reference/Solution.java "$DATA/Solution.java"
uptime
# Warm-up submissions first: "idle" means a running server with nothing else to do, not a cold JVM (the
# same-source p50 settles after about 200 submissions: 61, 42, 36, 38, 31 ms in rounds of 60 from a fresh start).
java backend/bench/SubmitLatency.java "http://localhost:$PORT" "Bearer $TOKEN" kmeans "$DATA/Solution.java" 60 200 same
java backend/bench/SubmitLatency.java "http://localhost:$PORT" "Bearer $TOKEN" kmeans "$DATA/Solution.java" 40 80 distinct
# The problem page, anonymous (public pages are micro-cached for anonymous visitors) and signed in (rendered
# on every request). A session for the signed-in run: load the login form for its CSRF token, then sign in.
JAR="$DATA/cookies"
CSRF=$(curl -s -c "$JAR" "http://localhost:$PORT/login" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "http://localhost:$PORT/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")
for who in anonymous signed-in; do
  HEADER=(); [ "$who" = signed-in ] && HEADER=(-H "Cookie: JSESSIONID=$SESSION")
  wrk -t2 -c50 -d20s "${HEADER[@]}" "http://localhost:$PORT/problems/kmeans" > /dev/null   # warm-up for the JIT
  for run in 1 2; do
    echo "== /problems/kmeans, 50 clients, $who, run $run"; uptime
    wrk -t2 -c50 -d20s --latency "${HEADER[@]}" "http://localhost:$PORT/problems/kmeans" \
      | sed -n '/Latency Distribution/,/Requests\/sec/p'
  done
done
