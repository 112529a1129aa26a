#!/bin/sh
# Renders scripts/figures/figures.md (every figure kind, with edge cases) and screenshots it in
# headless Chromium at desktop and phone widths, for a person to look at. Not run by CI.
# Usage: scripts/figures/screenshot.sh [output-folder]   (default: .build/figures)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-"$root/.build/figures"}
mkdir -p "$out/site/assets"
cd "$root"
swift build --product appraise >/dev/null
bin=$(swift build --show-bin-path)/appraise
"$bin" render scripts/figures/figures.md > "$out/site/figures.html"
cp templates/assets/style.css "$out/site/assets/style.css"
for size in 1200,7600 390,9000; do
    width=${size%,*}
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --screenshot="$out/figures-$width.png" --window-size="$size" "file://$out/site/figures.html" 2>/dev/null
    echo "$out/figures-$width.png"
done
