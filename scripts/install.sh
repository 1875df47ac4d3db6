#!/usr/bin/env bash
# Installs what the app and its tests need on a fresh Debian machine: npm packages from the
# lockfile and, with --browser, Debian's Chromium, CJK fonts and poppler's pdftotext (to read
# the printed checklist back) — never a browser download.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ${1:-} == --browser ]] && { ! command -v chromium >/dev/null || ! command -v pdftotext >/dev/null || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; }; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
fi

# Reinstall only when the lockfile changed since the last install.
if [[ ! -f node_modules/.package-lock.json ]] || ! cmp -s package-lock.json node_modules/.duice-lock; then
  # npm ci rejects this lockfile (npm drops optional platform packages of rollup, pulled in by
  # workbox-build, from it), so install from the lockfile with npm install instead.
  npm install --no-audit --no-fund
  cp package-lock.json node_modules/.duice-lock
fi
