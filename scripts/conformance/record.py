#!/usr/bin/env python3
"""Records what the `cmark` command prints for every CommonMark conformance case.

Reads the spec 0.30 and cmark regression cases from ../shared/conformance/ and runs the cmark
command (Debian's `cmark` package, 0.30.x) on each, in its default safe mode and with --unsafe.
Writes Tests/PublishingTests/Fixtures/conformance.json, which the tests compare
`appraise render --fragment` against. Run again only when the conformance cases change.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
SHARED = os.path.join(ROOT, "..", "shared", "conformance")
OUT = os.path.join(ROOT, "Tests", "PublishingTests", "Fixtures", "conformance.json")


def cmark(markdown, *flags):
    result = subprocess.run(["cmark", *flags], input=markdown.encode(), capture_output=True, check=True)
    return result.stdout.decode()


def main():
    version = subprocess.run(["cmark", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    cases = []
    for name in ("commonmark-spec-0.30.json", "cmark-regression-0.30.json"):
        with open(os.path.join(SHARED, name), encoding="utf-8") as handle:
            document = json.load(handle)
        for example in document["examples"]:
            markdown = example["markdown"]
            unsafe = cmark(markdown, "--unsafe")
            if unsafe != example["html"]:
                print(f"note: {name} #{example['example']}: cmark --unsafe differs from the expected HTML", file=sys.stderr)
            cases.append({
                "source": f"{name}#{example['example']}",
                "section": example["section"],
                "markdown": markdown,
                "expected": example["html"],
                "safe": cmark(markdown),
                "unsafe": unsafe,
            })
    with open(OUT, "w", encoding="utf-8") as handle:
        json.dump({"cmark": version, "cases": cases}, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    print(f"wrote {len(cases)} cases recorded with {version}")


if __name__ == "__main__":
    main()
