#!/usr/bin/env bash
# Where a submission's CPU goes: runs SubmitLatency against a running app and prints the CPU time each group
# of the app's threads used per submission (JIT compiler threads, HTTP, the judge worker ...), read from
# /proc before and after. Sandbox threads end with their test, so their share is the process total minus the
# threads still alive. Linux only.
# Usage (k-means submissions, one at a time): backend/bench/cpu-per-submission.sh <app pid> <base url> "Bearer <token>" <source file> [count] [same|distinct]
set -euo pipefail
cd "$(dirname "$0")/../.."
PID=$1 BASE=$2 AUTH=$3 SOURCE=$4 COUNT=${5:-100} MODE=${6:-distinct}
TICK=$(getconf CLK_TCK)
threads() {   # "<thread group>\t<ticks>", thread names without their trailing numbers
	for task in /proc/"$PID"/task/*; do
		name=$(sed -E 's/[-#]?[0-9]+$//' "$task/comm" 2>/dev/null) || continue
		awk -v name="$name" '{print name "\t" $14 + $15}' "$task/stat" 2>/dev/null || true
	done | awk -F'\t' '{sum[$1] += $2} END {for (n in sum) print n "\t" sum[n]}' | sort
}
process() { awk '{print $14 + $15}' /proc/"$PID"/stat; }
BEFORE=$(mktemp) AFTER=$(mktemp)
trap 'rm -f "$BEFORE" "$AFTER"' EXIT
threads > "$BEFORE"; START=$(process)
java backend/bench/SubmitLatency.java "$BASE" "$AUTH" kmeans "$SOURCE" "$COUNT" 0 "$MODE"
threads > "$AFTER"; END=$(process)
join -t$'\t' -a2 -e0 -o 0,1.2,2.2 "$BEFORE" "$AFTER" | awk -F'\t' -v n="$COUNT" -v tick="$TICK" -v total=$((END - START)) '
	{ d = $3 - $2; live += d; if (d > 0) printf "%-26s %6.1f ms per submission\n", $1, d * 1000 / tick / n }
	END {
		printf "%-26s %6.1f ms per submission\n", "(ended: sandbox threads)", (total - live) * 1000 / tick / n
		printf "%-26s %6.1f ms per submission\n", "process total", total * 1000 / tick / n
	}'
