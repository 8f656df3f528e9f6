#!/usr/bin/env bash
# Launch-to-first-frame, side by side: Heartland against an empty eframe
# window with the same options, each exiting as soon as its first frame has
# been presented (HEARTLAND_EXIT_AFTER_FIRST_FRAME). Needs Xvfb and hyperfine (Debian packages xvfb, hyperfine).
#   scripts/launch_time.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
cargo build --release --bin heartland --example empty_window
export HEARTLAND_EXIT_AFTER_FIRST_FRAME=1
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:77
  sleep 1
fi
hyperfine --warmup 2 --runs "$runs" --export-json /tmp/launch_time.json \
  'target/release/examples/empty_window' \
  'target/release/heartland --fresh'
python3 - <<'PY'
import json
r = json.load(open('/tmp/launch_time.json'))['results']
med = {x['command']: x['median'] for x in r}
empty, app = med['target/release/examples/empty_window'], med['target/release/heartland --fresh']
print(f"median empty {empty*1000:.0f} ms, heartland {app*1000:.0f} ms, ratio {app/empty:.2f}")
PY
