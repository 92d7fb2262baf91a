#!/usr/bin/env bash
# Sets up Transition Planner on Debian/Ubuntu: system libraries for Qt (desktop and offscreen),
# test tools (Xvfb, poppler, LibreOffice), a virtual environment in .venv, the translations.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt 6 wheels on Debian: X11/xcb, EGL/GL, fonts, D-Bus
  libegl1 libgl1 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1 libxcb-shape0
  libxcb-randr0 libxrender1 libxi6 libglib2.0-0
  fonts-dejavu-core
  # tests: a virtual screen with a window manager, PDF rendering, spreadsheets re-saved headless
  xvfb xauth openbox poppler-utils libreoffice-calc-nogui
  # tests: team plans on a real PostgreSQL server the test session starts itself (and psql)
  postgresql
  # tests: desktop integration (the entry checked, the .tplan type recognised as GLib does)
  desktop-file-utils shared-mime-info libglib2.0-bin
  python3-venv
)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[dev]"
.venv/bin/python -m transition_planner.ui.translations
echo "Ready: .venv/bin/transition-planner"
