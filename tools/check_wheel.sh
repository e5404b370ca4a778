#!/usr/bin/env bash
# Build a wheel from a clean clone and use it the way a user would, from another directory.
#
#   tools/check_wheel.sh [--python PYTHON] [--keep]
#
# 1. git clone of this checkout's HEAD (committed files only) into a temporary folder;
# 2. `pip wheel --no-deps` there (the build backend comes from the package index);
# 3. a fresh venv with only that wheel, installed with `-c constraints.txt` (the versions CI
#    tested; pip's cache or the package index supplies them);
# 4. from an empty directory: `cpn-planner-cli solve` on the built-in scenario, `render-map` to a
#    PNG, and `--lang zh validate` on a broken scenario, which must answer in Chinese.
# Exit status 0 when all pass. PYTHON defaults to the python running the project's venv.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --python) PYTHON=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    *) echo "usage: $0 [--python PYTHON] [--keep]" >&2; exit 2 ;;
  esac
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/cpn-wheel-check.XXXXXX")
[ "$KEEP" = 1 ] || trap 'rm -rf "$WORK"' EXIT
log() { printf '[check_wheel %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*"; exit 1; }

log "clean clone of $REPO into $WORK/src"
git clone -q "$REPO" "$WORK/src"

log "building the wheel"
# pip's output goes to a log, shown only when it fails.
pip_quietly() { "$@" > "$WORK/pip.log" 2>&1 || { cat "$WORK/pip.log"; fail "$*"; }; }
pip_quietly "$PYTHON" -m pip wheel --no-deps -w "$WORK/dist" "$WORK/src"
WHEEL=$(ls "$WORK"/dist/cpn_planner-*.whl)

log "fresh venv with $(basename "$WHEEL")"
"$PYTHON" -m venv "$WORK/venv"
pip_quietly "$WORK/venv/bin/python" -m pip install -c "$WORK/src/constraints.txt" "$WHEEL"

# Run from a folder that holds nothing of the repository; the source tree is moved away so
# nothing can be read from it by accident.
mkdir "$WORK/elsewhere"
mv "$WORK/src" "$WORK/src-moved"
cd "$WORK/elsewhere"
unset PYTHONPATH CPN_DATA_DIR
export QT_QPA_PLATFORM=offscreen CPN_CACHE_DIR="$WORK/cache"
CLI="$WORK/venv/bin/cpn-planner-cli"

log "solve (built-in scenario)"
"$CLI" solve --json > solve.json || fail "solve exited $?"
"$WORK/venv/bin/python" - <<'PY' || fail "solve --json is not a solved allocation"
import json
result = json.load(open("solve.json", encoding="utf-8"))
assert result["status"] == "optimal", result["status"]
print(f"  status {result['status']}, {len(result)} keys")
PY

log "render-map"
"$CLI" render-map map.png > /dev/null || fail "render-map exited $?"
[ "$(head -c 4 map.png | od -An -c | tr -d ' ')" = "211PNG" ] || fail "map.png is not a PNG"
log "  map.png $(stat -c %s map.png) bytes"

log "--lang zh validate"
printf '[scenario]\nname = "broken"\n[[sites]]\nname = "x"\nlon = "east"\n' > broken.toml
set +e
"$CLI" --lang zh validate broken.toml > validate.txt 2>&1
status=$?
set -e
cat validate.txt
[ "$status" -ne 0 ] || fail "validate accepted a broken scenario"
grep -qP '[\x{4e00}-\x{9fff}]' validate.txt || fail "validate did not answer in Chinese"

log "all passed"
