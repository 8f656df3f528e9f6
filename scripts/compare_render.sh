#!/usr/bin/env bash
# `heartland render` of the default view (or, with LAYERS=relations-corridors,
# of the view with relations and corridors on) against the same map drawn with
# geopandas + matplotlib (scripts/render_geopandas.py), whole process each,
# run in alternation: the DESIGN.md budget "heartland render default view
# 1600x1000 vs geopandas + matplotlib, same layers: >= 20x faster".
#
# Usage (from anywhere; builds nothing):
#
#   cargo build --release
#   GEOPANDAS_PYTHON=/tmp/gpvenv/bin/python scripts/compare_render.sh [ROUNDS]
#
#   ROUNDS             rounds of the alternation (default 15)
#   GEOPANDAS_PYTHON   a python with geopandas, matplotlib, shapely, pyogrio
#                      and pyproj (see the top of render_geopandas.py)
#   HEARTLAND_BIN      the binary to time (default target/release/heartland)
#   BASELINE_BIN       optional second heartland binary (e.g. a copy of an
#                      older build) timed in the same alternation, for
#                      before/after numbers
#   SIZE               image size (default 1600x1000)
#   LAYERS             "default" (the default view) or "relations-corridors"
#                      (the view with relations and corridors on, issue 23's
#                      budget; render_geopandas.py --relations-corridors)
#
# Each round runs every contestant once, the order rotating from round to
# round, so a drift of the machine's speed falls on all of them alike; one
# warm-up round (file cache, python bytecode) is not counted. Prints each
# round, then each median in milliseconds and the ratios of the medians.
set -euo pipefail

rounds=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
heartland=${HEARTLAND_BIN:-$root/target/release/heartland}
baseline=${BASELINE_BIN:-}
python=${GEOPANDAS_PYTHON:?set GEOPANDAS_PYTHON to a python with geopandas (see scripts/render_geopandas.py)}
size=${SIZE:-1600x1000}
layers=${LAYERS:-default}
case $layers in
    default | relations-corridors) ;;
    *)
        echo "LAYERS=$layers: say default or relations-corridors" >&2
        exit 2
        ;;
esac

if [[ ! -x $heartland ]]; then
    echo "no $heartland: run 'cargo build --release' first" >&2
    exit 2
fi
if [[ -n $baseline && ! -x $baseline ]]; then
    echo "BASELINE_BIN=$baseline is not an executable" >&2
    exit 2
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

view_args=()
gp_args=()
if [[ $layers == relations-corridors ]]; then
    echo '{ "format": 1, "layers": { "relations": true, "corridors": true } }' >"$out/rc.view.json"
    view_args=(--view "$out/rc.view.json")
    gp_args=(--relations-corridors)
fi

names=(heartland geopandas)
[[ -n $baseline ]] && names+=(baseline)

# One run of contestant $1; prints its wall time in nanoseconds.
run() {
    local start end
    start=$(date +%s%N)
    case $1 in
        heartland) "$heartland" render "${view_args[@]}" --out "$out/heartland.png" --size "$size" ;;
        baseline) "$baseline" render "${view_args[@]}" --out "$out/baseline.png" --size "$size" ;;
        geopandas) "$python" "$root/scripts/render_geopandas.py" "${gp_args[@]}" --out "$out/geopandas.png" --size "$size" ;;
    esac >/dev/null
    end=$(date +%s%N)
    echo $((end - start))
}

for name in "${names[@]}"; do
    run "$name" >/dev/null # warm-up, and fail early if a contestant fails
    : >"$out/$name.times"
done

count=${#names[@]}
for ((round = 0; round < rounds; round++)); do
    line="round $((round + 1)):"
    for ((k = 0; k < count; k++)); do
        name=${names[$(((round + k) % count))]}
        ns=$(run "$name")
        echo "$ns" >>"$out/$name.times"
        line+=$(printf '  %s %.1f ms' "$name" "$(echo "$ns" | awk '{print $1 / 1e6}')")
    done
    echo "$line"
done

median_ms() {
    sort -n "$out/$1.times" | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%.1f", m / 1e6 }'
}

echo
echo "$rounds rounds, $size, view: $layers, medians of the whole process:"
for name in "${names[@]}"; do
    printf '  %-10s %9s ms\n' "$name" "$(median_ms "$name")"
done
h=$(median_ms heartland)
g=$(median_ms geopandas)
awk -v g="$g" -v h="$h" 'BEGIN { printf "  geopandas / heartland: %.1f x (budget: >= 20 x)\n", g / h }'
if [[ -n $baseline ]]; then
    b=$(median_ms baseline)
    awk -v g="$g" -v b="$b" 'BEGIN { printf "  geopandas / baseline:  %.1f x\n", g / b }'
    awk -v b="$b" -v h="$h" 'BEGIN { printf "  baseline / heartland:  %.2f x\n", b / h }'
fi
