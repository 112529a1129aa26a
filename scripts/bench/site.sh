#!/usr/bin/env bash
# Times a full build and a no-op rebuild of 1,000 generated appraisals with the release binary.
# Usage: scripts/bench/site.sh [COUNT]   (run from the repository root)
set -euo pipefail
count="${1:-1000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
swift build -c release --product appraise --package-path "$root" >/dev/null
binary="$root/.build/release/appraise"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$root/scripts/bench/generate-appraisals.py" "$work/appraisals" "$count"
cd "$work"
printf 'title: Benchmark\nbase_url: https://example.org/cats/\n' > appraise.yaml
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N); echo "$end - $start" | bc; }
full=$(seconds "$binary" build)
noop=$(seconds "$binary" build)
rm -rf output
full2=$(seconds "$binary" build)
noop2=$(seconds "$binary" build)
touch appraisals/appraisal-0001.md && echo "" >> appraisals/appraisal-0001.md
one=$(seconds "$binary" build)
echo "appraisals: $count"
echo "full build:   $full s, $full2 s"
echo "no-op build:  $noop s, $noop2 s"
echo "one edited:   $one s"
echo "no-op / full: $(echo "scale=4; ($noop + $noop2) / ($full + $full2) * 100" | bc) %"
