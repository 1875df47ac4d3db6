#!/usr/bin/env bash
# Builds the app and serves it on http://localhost:4173 (and on the local network, for a phone).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npx vite build
exec npx vite preview --host 0.0.0.0 --port "${PORT:-4173}" --strictPort
