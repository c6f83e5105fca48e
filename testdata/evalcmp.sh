#!/usr/bin/env bash
# Compares two evalall.sh outputs: every set whose summary figures differ, A's figures then B's, and per tuning set
# the questions that moved (a miss reason in one and not in the other). Usage: testdata/evalcmp.sh OUT_A OUT_B [SETS]
set -euo pipefail
A=$1 B=$2 SETS=${3:-.}
printf '%-20s %-5s %s\n' set role "recall@5 MRR@10 answered refused lead lead(factual): A -> B"
join -t $'\t' <(sort "$A/summary") <(sort "$B/summary") | awk -F'\t' -v re="$SETS" '
	$1 ~ re {
		a = $3" "$4" "$5" "$6" "$7" "$8; b = $10" "$11" "$12" "$13" "$14" "$15
		if (a != b) printf "%-20s %-5s %s -> %s\n", $1, $2, a, b
	}'
for f in "$A"/*.json; do
	n=$(basename "$f" .json)
	[[ $n =~ $SETS ]] || continue
	[ -f "$B/$n.json" ] || continue
	# a held-out set's questions are not printed: its misses are read only after the session's methods froze
	[ "$(awk -F'\t' -v n="$n" '$1 == n { print $2 }' "$A/summary")" = held ] && continue
	diff <(jq -r '.misses[]? | .reason + ": " + .question' "$f" | sort) \
		<(jq -r '.misses[]? | .reason + ": " + .question' "$B/$n.json" | sort) |
		sed -n "s/^</  $n  lost miss (fixed):/p; s/^>/  $n  new miss:/p" || true
done
