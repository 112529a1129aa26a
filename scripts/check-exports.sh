#!/bin/sh
# Reads back what `appraise build` wrote into an output folder (default: output/):
# every <slug>.jats.xml through pandoc's JATS reader (each <sec> title must come back as a
# heading), every .csl.json and the JSON-LD in every page through a JSON parser.
set -eu
OUT="${1:-output}"
status=0
for article in "$OUT"/*.jats.xml; do
    [ -e "$article" ] || { echo "no JATS articles in $OUT"; exit 1; }
    markdown=$(pandoc --standalone -f jats -t markdown "$article") || { echo "FAIL pandoc cannot read $article"; status=1; continue; }
    titles=$(python3 -c 'import re,sys,html; [print(html.unescape(t)) for t in re.findall(r"<sec[^>]*><title>(.*?)</title>", open(sys.argv[1], encoding="utf-8").read())]' "$article")
    missing=0
    echo "$titles" | while IFS= read -r title; do
        [ -z "$title" ] && continue
        printf '%s\n' "$markdown" | grep -F -- "$title" | grep -q '#' || { echo "FAIL $article: pandoc lost section '$title'"; exit 1; }
    done || { status=1; missing=1; }
    [ "$missing" = 0 ] && echo "ok   $article ($(echo "$titles" | grep -c .) sections)"
done
for json in "$OUT"/*.csl.json; do
    python3 -m json.tool "$json" >/dev/null && echo "ok   $json" || { echo "FAIL $json is not JSON"; status=1; }
done
for page in "$OUT"/*.html; do
    [ "$(basename "$page")" = index.html ] && continue
    python3 -c 'import json,re,sys; t=open(sys.argv[1],encoding="utf-8").read(); s=re.findall(r"<script type=\"application/ld\+json\">(.*?)</script>",t,re.S); assert len(s)==1; d=json.loads(s[0]); assert d["@type"]=="MedicalScholarlyArticle"' "$page" \
        && echo "ok   $page JSON-LD" || { echo "FAIL $page JSON-LD"; status=1; }
done
exit $status
