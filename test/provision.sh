#!/usr/bin/env bash
# Makes sure the system tools the tests drive are installed: Chromium (UI tests), socat (real
# pty serial pairs), ffmpeg (fake-camera video), xvfb (headed runs), poppler (PDF text),
# LibreOffice Calc (exports opened in a real office suite), CJK fonts (Chinese in screenshots and
# PDFs), stress-ng (the CPU hogs of `npm run test:loaded`).
# Installs what is missing when run as root; otherwise prints the exact command to run.
set -euo pipefail
declare -A need=(
  [/usr/bin/chromium]=chromium [/usr/bin/socat]=socat [/usr/bin/ffmpeg]=ffmpeg
  [/usr/bin/xvfb-run]=xvfb [/usr/bin/pdftotext]=poppler-utils [/usr/bin/pdftoppm]=poppler-utils
  [/usr/bin/stress-ng]=stress-ng
  [/usr/bin/soffice]=libreoffice-calc-nogui
)
missing=()
for path in "${!need[@]}"; do [ -x "$path" ] || missing+=("${need[$path]}"); done
[ "$(fc-list 2>/dev/null | grep -ci "Noto Sans CJK")" -gt 0 ] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
packages=$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')
if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these system packages: $packages" >&2
  echo "Install them with:  sudo apt-get install -y $packages" >&2
  exit 1
fi
echo "Installing test tools: $packages"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $packages >/dev/null
