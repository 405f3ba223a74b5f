#!/usr/bin/env bash
# Installs the system packages the test suite needs when they are missing
# (Xvfb for the real-window test). Needs root or sudo; without them it only warns,
# and the tests that need the missing piece are skipped with a reason.
set -u
need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
  echo "warning: missing ${need[*]} and no root to install them" >&2; exit 0; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null 2>&1 || true
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
  || echo "warning: could not install ${need[*]}" >&2
exit 0
