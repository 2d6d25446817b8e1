#!/usr/bin/python3
"""Pages as a phone shows them: laid out 390 CSS pixels wide, in headless Chromium.

Headless Chromium keeps its window at least 500 pixels wide, so a `--window-size=390,...`
screenshot is a 500-pixel layout cut down. Here the page is loaded into an iframe of the
width asked for, which gets the real viewport (its media queries apply), inside a wrapper page
that measures it: the width of the laid-out document, every element that reaches past the
viewport's right edge, and every chart text drawn smaller than a reader can read.

    phone_layout.py shoot PAGE PNG WIDTH HEIGHT     a screenshot of PAGE at WIDTH x HEIGHT
    phone_layout.py measure PAGE [WIDTH]            the measurement, as JSON

The browser test imports measure() and screenshot().
"""
import json
import os
import re
import subprocess
import sys
import tempfile

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-quic", "--allow-file-access-from-files", "--virtual-time-budget=5000",
         "--run-all-compositor-stages-before-draw"]

# Runs in the wrapper once the iframe has loaded; the page itself runs no script (its
# Content-Security-Policy forbids any).
MEASURE = r"""
function measure(doc, win) {
  const viewport = doc.documentElement.clientWidth;
  const result = {scroll_width: doc.documentElement.scrollWidth, viewport: viewport,
                  overflowing: [], small_text: []};
  for (const element of doc.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;  // not displayed
    const name = element.tagName.toLowerCase();
    // Past the edge: the element's box, or text that runs out of it (a long unbroken word).
    const runsOut = element instanceof win.HTMLElement &&
                    element.scrollWidth > element.clientWidth + 1 &&
                    box.left + element.scrollWidth > viewport + 1;
    if (box.right > viewport + 1 || runsOut) {
      result.overflowing.push(name + ' ' + Math.round(box.right) + 'px: ' +
                              (element.textContent || '').trim().slice(0, 60));
    }
    if (name === 'text' && element.textContent.trim() !== '') {
      const size = parseFloat(win.getComputedStyle(element).fontSize);
      const svg = element.ownerSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size * scale < 10) {
        result.small_text.push(element.textContent.trim().slice(0, 40) + ' (' +
                               (size * scale).toFixed(1) + 'px)');
      }
    }
  }
  return JSON.stringify(result);
}
"""


def _wrapper(page, width, height, script):
    directory = tempfile.mkdtemp(prefix="ladder-phone-")
    wrapper = os.path.join(directory, "wrapper.html")
    with open(wrapper, "w", encoding="utf-8") as out:
        out.write(f"""<!DOCTYPE html><html><body style="margin:0">
<iframe id="page" src="file://{os.path.abspath(page)}"
        style="width:{width}px;height:{height}px;border:0;display:block"></iframe>
{script}</body></html>""")
    return wrapper


def _chromium(*args):
    with tempfile.TemporaryDirectory(prefix="ladder-chromium-") as profile:
        return subprocess.run(["chromium", *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, stdin=subprocess.DEVNULL,
                              timeout=120)


def measure(page, width=390):
    """The layout of `page` at `width`: a dict, or None when Chromium gave no answer."""
    script = f"""<script>{MEASURE}
document.getElementById('page').addEventListener('load', () => {{
  const frame = document.getElementById('page');
  const out = document.createElement('pre');
  out.id = 'measured';
  out.textContent = measure(frame.contentDocument, frame.contentWindow);
  document.body.appendChild(out);
}});
</script>"""
    wrapper = _wrapper(page, width, 900, script)
    result = _chromium("--window-size=1280,900", "--dump-dom", "file://" + wrapper)
    found = re.search(r'<pre id="measured">(.*?)</pre>', result.stdout, re.S)
    if not found:
        return None
    text = found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    return json.loads(text.replace("&amp;", "&"))


def screenshot(page, target, width, height):
    """A PNG of `page` laid out `width` pixels wide; True when one was written."""
    wrapper = _wrapper(page, width, height, "")
    _chromium(f"--window-size={width},{height}", f"--screenshot={os.path.abspath(target)}",
              "file://" + wrapper)
    return os.path.exists(target) and os.path.getsize(target) > 5_000


def main(args):
    if len(args) == 5 and args[0] == "shoot":
        ok = screenshot(args[1], args[2], int(args[3]), int(args[4]))
        print(("wrote " if ok else "could not write ") + args[2])
        return 0 if ok else 1
    if len(args) in (2, 3) and args[0] == "measure":
        print(json.dumps(measure(args[1], int(args[2]) if len(args) == 3 else 390), indent=2))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
