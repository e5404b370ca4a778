#!/usr/bin/env bash
# Set up CPN Planner on this machine and open it (or run the tests with --test).
#
#   ./install.sh [APP ARGS...]        system libraries, .venv, the package; then opens the app
#   ./install.sh --test [PYTEST ARGS] the same with the test extras; then runs the tests
#
# System libraries come from apt-get where it exists (Debian, Ubuntu; as root or through sudo);
# elsewhere (macOS, other Linux) that step is skipped. Python packages go into ./.venv, never
# into the system Python (PEP 668). Needs python3 >= 3.11. Re-running is quick: apt-get runs only
# when a package is missing and pip only installs what changed. Python packages are installed at
# the versions CI tested (constraints.txt).
set -euo pipefail
cd "$(dirname "$0")"

MODE=app
if [ "${1:-}" = "--test" ]; then
  MODE=test
  shift
fi

say() { printf 'install.sh: %s\n' "$*" >&2; }

# Qt offscreen: glib, GL/EGL, xkbcommon, fontconfig, dbus. A real X window: the xcb plugin's
# libraries. Chinese names: a CJK font. venv + ensurepip: python3-venv. pip over https: CA certificates.
APT_PACKAGES=(
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  fonts-wqy-microhei
  python3-venv ca-certificates
)

missing_apt_packages() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    # Ubuntu 24.04 renamed some libraries (libglib2.0-0t64): accept the t64 name too.
    if ! dpkg-query -W -f='${Status}\n' "$pkg" "${pkg}t64" 2>/dev/null | grep -q "ok installed"; then
      printf '%s\n' "$pkg"
    fi
  done
}

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 || {
    say "no apt-get here: install Qt's system libraries yourself if the app does not start"
    return 0
  }
  local missing
  missing=$(missing_apt_packages)
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      say "not root and no sudo: cannot install" $missing
      return 0
    fi
  fi
  say "installing system packages:" $missing
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  # shellcheck disable=SC2086  # one word per package
  $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11 python; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  say "needs Python 3.11 or newer (python3); set PYTHON=/path/to/python3.11 to choose one"
  return 1
}

make_venv() {
  if [ -x .venv/bin/python ] && .venv/bin/python -c 'import pip' 2>/dev/null; then
    return 0
  fi
  local python
  python=$(find_python)
  say "creating .venv with $($python --version 2>&1)"
  rm -rf .venv
  "$python" -m venv .venv
}

install_system_packages
make_venv
if [ "$MODE" = test ]; then
  .venv/bin/python -m pip install -q -c constraints.txt -e '.[test]'
  # Tests need no display; a real one is only used when QT_QPA_PLATFORM says so.
  export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
  # One test process per core (pytest-xdist); work-stealing keeps the slow wheel check from
  # finishing last on a busy worker.
  exec .venv/bin/python -m pytest -n auto --dist worksteal "$@"
fi
.venv/bin/python -m pip install -q -c constraints.txt -e .
exec .venv/bin/python -m app "$@"
