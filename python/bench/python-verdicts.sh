#!/usr/bin/env bash
# Python k-means verdicts through the API (BENCHMARKS.md, "Python"). Starts the packaged app with
# python/run-with-python.sh on a fresh data folder and a free port, then:
#   cold start: from the launch to the first Python verdict (submitted as soon as the app is ready);
#   warm: N Python verdicts, then N Java verdicts of the bank's reference, one at a time; each is the time from
#   POST /api/submissions to the stored verdict (GET ?wait=30); the p50 is over the second half.
# Usage, after ./mvnw -B -q -DskipTests package on JDK 21+: python/bench/python-verdicts.sh [N]
# PYTHON_COMPILER=off and JAVA_OPTS pass through to the launcher.
set -euo pipefail
n=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
base="http://localhost:$port"
password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')

now() { date +%s%N; }
millis() { echo $(( ($2 - $1) / 1000000 )); }
json() { python3 -c 'import json, sys; print(json.load(sys.stdin)'"$1"')'; }
p50() { python3 -c 'import statistics, sys; v = [int(x) for x in sys.argv[1:]]; print(int(statistics.median(v[len(v) // 2:])))' "$@"; }

start=$(now)
JUDGE_DATA_DIR="$work/data" JUDGE_ADMIN_PASSWORD="$password" PORT=$port JUDGE_RATELIMIT_PERMINUTE=1000 \
  JAVA_OPTS=${JAVA_OPTS:--Xmx2g} "$root/python/run-with-python.sh" >"$work/app.log" 2>&1 &
app=$!
trap 'status=$?; kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$work"; exit $status' EXIT
until grep -q "is ready at $base/" "$work/app.log"; do
  kill -0 $app 2>/dev/null || { tail -40 "$work/app.log"; exit 1; }
  sleep 0.2
done
ready=$(now)
token=$(curl -sf -u "admin:$password" -H 'Content-Type: application/json' -d '{"name": "bench"}' "$base/api/tokens" \
  | json '["token"]')

# Prints the verdict and its time in ms.
verdict() {
  local body id t0 answer
  body=$(python3 -c 'import json, sys; print(json.dumps({"problem": "kmeans", "source": open(sys.argv[1]).read(), "language": sys.argv[2]}))' "$1" "$2")
  t0=$(now)
  id=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" "$base/api/submissions" \
    | json '["id"]') || exit 1
  while :; do
    answer=$(curl -sf -H "Authorization: Bearer $token" "$base/api/submissions/$id?wait=30") || exit 1
    [ "$(echo "$answer" | json '["status"]')" = DONE ] && break
  done
  echo "$(echo "$answer" | json '["verdict"]') $(millis "$t0" "$(now)")"
}

python_source="$here/kmeans.py"
java_source="$root/problem-bank/problems/kmeans/reference/Solution.java"
first=$(verdict "$python_source" python)
echo "app ready after $(millis "$start" "$ready") ms; first Python verdict ${first% *} after $(millis "$start" "$(now)") ms from launch (its own ${first#* } ms)"
grep -o 'Python warmed up in .*' "$work/app.log" || echo "(warm-up not finished yet)"
times=()
for i in $(seq "$n"); do
  v=$(verdict "$python_source" python); times+=("${v#* }"); echo "python $i: $v"
done
java=()
for i in $(seq "$n"); do
  v=$(verdict "$java_source" java); java+=("${v#* }"); echo "java $i: $v"
done
grep -o 'Python warmed up in .*' "$work/app.log" || true
echo "python verdict p50 (second half): $(p50 "${times[@]}") ms; java verdict p50 (second half): $(p50 "${java[@]}") ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
