#!/usr/bin/env bash
# Run the README's two quick-start commands in a fresh Debian 12 chroot and report.
#
#   sudo tools/check_fresh_install.sh [--dir DIR] [--mirror URL] [-- PYTEST ARGS...]
#
# Builds DIR (default /tmp/cpn-fresh-chroot; wiped first) with debootstrap: Debian 12
# "bookworm", minbase plus only python3 and git. Copies a clean clone of this repository's
# HEAD (committed files only) to /root/cpn-planner inside, then, as root with no display
# (QT_QPA_PLATFORM=offscreen) and a bare environment:
#   1. ./install.sh --startup-benchmark   (installs, opens the app, quits after the map's first paint)
#   2. ./install.sh --test [PYTEST ARGS]  (installs the test extras, runs the tests)
# The mirror defaults to the Debian URI in this machine's /etc/apt/sources.list*. Needs root,
# debootstrap and network access to that mirror and to PyPI. Exit status 0 when both pass.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=/tmp/cpn-fresh-chroot
MIRROR=""
PYTEST_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --mirror) MIRROR=$2; shift 2 ;;
    --) shift; PYTEST_ARGS=("$@"); break ;;
    *) echo "usage: $0 [--dir DIR] [--mirror URL] [-- PYTEST ARGS...]" >&2; exit 2 ;;
  esac
done

log() { printf '[check_fresh_install %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

[ "$(id -u)" -eq 0 ] || { echo "needs root (debootstrap, chroot)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap (apt-get install debootstrap)" >&2; exit 2; }

apt_mirror() {
  # deb822 "URIs:" lines first, then one-line "deb URL suite" entries; the first Debian archive.
  local files=(/etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list)
  { grep -hsE '^URIs:' "${files[@]}" | awk '{for (i = 2; i <= NF; i++) print $i}'
    grep -hsE '^deb ' "${files[@]}" | awk '{for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; break}}'
  } | grep -E '/debian/?$' | head -n1 || true  # some files may not exist
}
MIRROR=${MIRROR:-$(apt_mirror)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}

MOUNTS=()
cleanup() {
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

mounted() { mount --bind "$1" "$2"; MOUNTS+=("$2"); }

# Refuse to wipe anything but a directory we made (or an empty/new one).
if [ -e "$DIR" ] && [ ! -e "$DIR/.cpn-fresh-chroot" ] && [ -n "$(ls -A "$DIR" 2>/dev/null)" ]; then
  echo "$DIR exists and was not made by this script; choose another --dir" >&2
  exit 2
fi
rm -rf "$DIR"
mkdir -p "$DIR"
touch "$DIR/.cpn-fresh-chroot"

START=$(date +%s)
log "debootstrap bookworm (minbase + python3, git) from $MIRROR into $DIR"
debootstrap --variant=minbase --include=python3,git bookworm "$DIR" "$MIRROR" >"$DIR.debootstrap.log" 2>&1 ||
  { tail -20 "$DIR.debootstrap.log"; log "FAIL: debootstrap"; exit 1; }
echo "deb $MIRROR bookworm main" >"$DIR/etc/apt/sources.list"
cp /etc/resolv.conf "$DIR/etc/resolv.conf"
# Like resolv.conf, this machine's network setup goes in: when pip here trusts an extra CA
# bundle (a TLS-inspecting proxy), pip in the chroot gets the same bundle through PIP_CERT.
HOST_PIP_CERT=${PIP_CERT:-$(python3 -m pip config get global.cert 2>/dev/null || true)}
CHROOT_ENV=()
if [ -n "$HOST_PIP_CERT" ] && [ -f "$HOST_PIP_CERT" ]; then
  cp "$HOST_PIP_CERT" "$DIR/root/host-pip-ca.crt"
  CHROOT_ENV+=(PIP_CERT=/root/host-pip-ca.crt)
  log "pip in the chroot trusts this machine's CA bundle ($HOST_PIP_CERT)"
fi
log "chroot ready in $(($(date +%s) - START)) s: $(chroot "$DIR" python3 --version), $(chroot "$DIR" git --version)"

git clone -q --no-local "$ROOT" "$DIR/root/cpn-planner"
log "clean clone of $(git -C "$ROOT" rev-parse --short HEAD) copied to /root/cpn-planner"

mounted /proc "$DIR/proc"
mounted /sys "$DIR/sys"
mounted /dev "$DIR/dev"
mounted /dev/pts "$DIR/dev/pts"

in_chroot() {
  # A bare root login: no display, no inherited Python or pip settings.
  chroot "$DIR" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    QT_QPA_PLATFORM=offscreen "${CHROOT_ENV[@]}" /bin/bash -c "cd /root/cpn-planner && $1" bash "${@:2}"
}

APP_OK=0
TEST_OK=0
START=$(date +%s)
log "1/2 ./install.sh --startup-benchmark"
if in_chroot 'timeout 1800 ./install.sh --startup-benchmark' >"$DIR.app.log" 2>&1 &&
  grep -q '^first-paint-epoch' "$DIR.app.log"; then
  APP_OK=1
  log "    PASS in $(($(date +%s) - START)) s: the app opened and painted the map"
else
  tail -30 "$DIR.app.log"
  log "    FAIL after $(($(date +%s) - START)) s (log: $DIR.app.log)"
fi

START=$(date +%s)
log "2/2 ./install.sh --test ${PYTEST_ARGS[*]:-}"
if in_chroot 'timeout 3600 ./install.sh --test "$@"' "${PYTEST_ARGS[@]}" >"$DIR.test.log" 2>&1; then
  TEST_OK=1
  log "    PASS in $(($(date +%s) - START)) s: $(grep -E '(passed|failed)' "$DIR.test.log" | tail -n1)"
else
  tail -40 "$DIR.test.log"
  log "    FAIL after $(($(date +%s) - START)) s (log: $DIR.test.log)"
fi

[ $APP_OK = 1 ] && [ $TEST_OK = 1 ] && { log "RESULT: both quick-start commands pass on a fresh Debian 12"; exit 0; }
log "RESULT: FAIL (app: $APP_OK, tests: $TEST_OK)"
exit 1
