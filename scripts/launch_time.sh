#!/usr/bin/env bash
# Launch-to-first-frame, side by side: Heartland against an empty eframe
# window with the same options, each exiting as soon as its first frame has
# been presented (HEARTLAND_EXIT_AFTER_FIRST_FRAME). The two are run in
# alternation (a pair per round, the order swapped every round), so a drift
# in the machine's speed hits both alike; the ratio is that of the medians.
# Each launch also prints its timeline (HEARTLAND_TRACE_LAUNCH): the medians
# of each step are shown for both programs, to see where the difference is,
# and one more launch prints what Heartland's first frame sends to the GPU
# (HEARTLAND_TRACE_LAUNCH=counts: meshes, triangles, pixels, texture bytes).
# Needs Xvfb (Debian package xvfb) when no display is set, and python3.
#   scripts/launch_time.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-30}
cargo build --release --bin heartland --example empty_window
export HEARTLAND_EXIT_AFTER_FIRST_FRAME=1 HEARTLAND_TRACE_LAUNCH=1
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:77
  sleep 1
fi
python3 - "$rounds" <<'PY'
import re, statistics, subprocess, sys, time

rounds = int(sys.argv[1])
commands = {
    "empty": ["target/release/examples/empty_window"],
    "heartland": ["target/release/heartland", "--fresh"],
}

failures = []
steps = {name: {} for name in commands}  # step -> [ms since main]

def run(name):
    """Wall time of one launch, ms; a launch that fails is noted and retried."""
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(commands[name], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = (time.perf_counter() - start) * 1000
        if done.returncode == 0:
            for m in re.finditer(r"^launch: +([0-9.]+) ms  (.*)$", done.stderr, re.M):
                steps[name].setdefault(m.group(2), []).append(float(m.group(1)))
            return elapsed
        failures.append(f"{name} exited {done.returncode}: {done.stderr.strip()[-300:]}")
    sys.exit("\n".join(failures))

for name in commands:  # warm-up: page cache, shader caches
    run(name)
    run(name)
times = {name: [] for name in commands}
for i in range(rounds):
    order = ["empty", "heartland"] if i % 2 == 0 else ["heartland", "empty"]
    for name in order:
        times[name].append(run(name))

def quartiles(xs):
    q = statistics.quantiles(xs, n=4)
    return f"median {statistics.median(xs):.0f} ms (quartiles {q[0]:.0f}-{q[2]:.0f})"

for name in commands:
    print(f"{name:>9}: {quartiles(times[name])}, {rounds} runs")
empty, app = (statistics.median(times[n]) for n in commands)
pairs = [a / e for a, e in zip(times["heartland"], times["empty"])]
print(f"ratio of medians {app / empty:.2f}; median of per-round ratios {statistics.median(pairs):.2f}")
print("timeline (median ms since main; 'frame 2: starts' is the first frame presented):")
order = sorted({s for n in commands for s in steps[n]}, key=lambda s: statistics.median(steps["heartland"].get(s) or steps["empty"][s]))
for step in order:
    cells = [f"{statistics.median(steps[n][s]):7.1f}" if (s := step) in steps[n] else "      -" for n in commands]
    print(f"  {step:<28} empty {cells[0]}  heartland {cells[1]}")
# What the first frame sends to the GPU (counted in a launch of its own: the
# counting tessellates the frame a second time).
import os
counted = subprocess.run(commands["heartland"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env=dict(os.environ, HEARTLAND_TRACE_LAUNCH="counts"))
for m in re.finditer(r"^launch: +[0-9.]+ ms  ((frame 1 (sends|meshes)|fonts:).*)$", counted.stderr, re.M):
    print(f"  {m.group(1)}")
for failure in failures:
    print(f"retried after a failed launch: {failure}")
PY
