#!/usr/bin/env bash
# Installs what the app and its tests need on a fresh Debian machine: npm packages from the
# lockfile and, with --browser, the three engines the end-to-end tests run in — Debian's
# Chromium, WebKitGTK (its WebDriver, with MiniBrowser, and Xvfb to show it in: WebKitGTK has no
# headless mode) and Firefox ESR — plus CJK fonts (the app ships no web fonts) and poppler's
# pdftotext (to read the printed checklist back). Never a browser download.
set -euo pipefail
cd "$(dirname "$0")/.."

missing() {
  for command in chromium pdftotext WebKitWebDriver Xvfb xauth firefox-esr; do command -v "$command" >/dev/null || return 0; done
  [[ -z $(fc-list 'Noto Sans CJK SC' 2>/dev/null) ]]
}
if [[ ${1:-} == --browser ]] && missing; then
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-noto-cjk poppler-utils >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends webkit2gtk-driver xvfb xauth firefox-esr >/dev/null
fi

# Reinstall only when the lockfile changed since the last install.
if [[ ! -f node_modules/.package-lock.json ]] || ! cmp -s package-lock.json node_modules/.duice-lock; then
  # Exactly the lockfile, never rewriting it (npm install could, during npm start).
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.duice-lock
fi
