#!/bin/sh
# Installs Debian packages the build needs when they are missing (report-service's PDFs need a CJK TrueType font,
# docs/reports.md). Usage: deploy/ensure-debian-packages.sh [--needs=FILE] PACKAGE...
# With --needs, nothing happens while FILE exists, and the packages are (re)installed when it does not.
# Runs apt-get as root, or through passwordless sudo; otherwise says what to install and fails.
set -eu
needs=""
case "${1:-}" in --needs=*) needs="${1#--needs=}"; shift ;; esac
if [ -n "$needs" ] && [ -e "$needs" ]; then
  exit 0
fi
missing=""
for p in "$@"; do
  if [ -n "$needs" ] || ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  run=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run="sudo -n"
else
  echo "Missing Debian packages:$missing. Install them as root: apt-get install -y$missing" >&2
  exit 1
fi
echo "Installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$run apt-get install -y --reinstall --no-install-recommends $missing \
  || { $run apt-get update && $run apt-get install -y --reinstall --no-install-recommends $missing; }
if [ -n "$needs" ] && [ ! -e "$needs" ]; then
  echo "$needs is still missing after installing$missing" >&2
  exit 1
fi
