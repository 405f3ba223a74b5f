#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# Xvfb for the real-window test and the X11/xcb libraries Qt's xcb platform
# plugin loads. Needs root or sudo; without them it only warns, and the tests
# that need the missing piece are skipped with a reason.
set -u
pkgs=(xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libxcb-image0
      libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libegl1
      libfontconfig1 libdbus-1-3)
command -v dpkg-query >/dev/null 2>&1 || exit 0
need=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
  echo "warning: missing ${need[*]} and no root to install them" >&2; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "warning: could not install ${need[*]}" >&2
exit 0
