#!/usr/bin/python3
"""The HTML outputs, checked in a real browser.

    run_browser_test.py LADDER REPO_ROOT BUILD_DIR

1. `ladder publish` writes the shipped framework's site, and a hostile framework's site
   (tests/browser/hostile-criteria.yaml); `ladder evaluate --format html` writes reports for
   the shipped examples and for a hostile evidence file (tests/browser/hostile.yaml);
   `ladder batch --format html` the batch page over them (and a broken file) and its summary.
2. Headless Chromium loads every page from a file:// URL and dumps the DOM it built. Each DOM
   is checked for the content it must show (taken from `ladder show/evaluate --format json`,
   so the pages are compared with ladder's own data, not with themselves) and for anything a
   file could have injected: an element or attribute ladder never writes, an event handler, a
   link that is not a page of the site, http, https or mailto.
3. Chromium takes screenshots (1280 pixels wide; the batch pages at 1400; two pages in dark
   mode, whose background must be dark) and prints two pages to PDF (the print layout) into
   BUILD_DIR/browser-screenshots/ for a person to look at.
4. Phones: every kind of page, laid out 390 pixels wide (tests/browser/phone_layout.py), has
   nothing past the screen's right edge (no sideways scrolling) and no chart text under 10
   pixels; each gets a 390-pixel screenshot.
5. The --out directory rules of `ladder publish`: written whole or not at all, a directory
   ladder wrote is replaced, any other is refused (exit 2) unless --force.
"""
import concurrent.futures
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phone_layout  # noqa: E402

LADDER, ROOT, BUILD = (os.path.abspath(arg) for arg in sys.argv[1:4])
WORK = os.path.join(BUILD, "browser-test")
SHOTS = os.path.join(BUILD, "browser-screenshots")
AS_OF = "2026-11-01"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--disable-quic", "--hide-scrollbars",
                  "--window-size=1280,900"]

# Everything ladder's pages are made of. Any other element or attribute in a DOM came from a
# file that got through unescaped.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "footer",
    "section", "h1", "h2", "h3", "p", "span", "a", "strong", "code", "div", "table", "thead",
    "tbody", "tr", "th", "td", "dl", "dt", "dd", "ul", "ol", "li", "br", "figure", "figcaption",
    "svg", "g", "rect", "line", "text", "b",
}
ALLOWED_ATTRIBUTES = {
    "lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "rel", "title",
    "role", "aria-label", "aria-hidden", "xmlns", "viewbox", "x", "y", "x1", "y1", "x2", "y2",
    "width", "height", "rx", "data-label", "fill", "stroke", "stroke-width", "text-anchor", "font-size",
}
PAGE_HREF = re.compile(r"^[A-Za-z0-9_.~-]+\.html(#[A-Za-z0-9_.~-]+)?$|^#[A-Za-z0-9_.~-]+$")
SAFE_HREF = re.compile(r"^(https?://|mailto:)\S+$", re.I)

failures = []
checks = 0


def fail(message):
    failures.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


def check(condition, message):
    global checks
    checks += 1
    if not condition:
        fail(message)
    return condition


def ladder(*args, cwd=None, stdout_file=None):
    """Runs ladder; returns (exit status, stdout, stderr)."""
    env = dict(os.environ, NO_COLOR="1")
    result = subprocess.run([LADDER, *args], cwd=cwd or ROOT, env=env, capture_output=True,
                            text=True, stdin=subprocess.DEVNULL, timeout=120)
    if stdout_file:
        with open(stdout_file, "w", encoding="utf-8") as out:
            out.write(result.stdout)
    return result.returncode, result.stdout, result.stderr


def chromium(*args):
    with tempfile.TemporaryDirectory(prefix="ladder-chromium-") as profile:
        result = subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                 *args], capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, timeout=120)
    return result


def dump_dom(path):
    result = chromium("--dump-dom", "file://" + path)
    check(result.returncode == 0 and "<html" in result.stdout,
          f"chromium --dump-dom {path}: exit {result.returncode}: {result.stderr[-500:]}")
    return result.stdout


def screenshot(path, name, size="1280,900", dark=False):
    target = os.path.join(SHOTS, name)
    chromium(f"--window-size={size}", f"--screenshot={target}",
             *(["--force-dark-mode"] if dark else []), "file://" + path)
    ok = os.path.exists(target) and os.path.getsize(target) > 10_000
    check(ok, f"no screenshot {target} of {path}")
    if ok:
        with open(target, "rb") as png:
            check(png.read(8) == b"\x89PNG\r\n\x1a\n", f"{target} is not a PNG")
        # The page's own background at the top left corner: dark in dark mode, light otherwise.
        red, green, blue = first_pixel(target)
        light = (red + green + blue) / 3 > 128
        check(light != dark, f"{target}: background rgb({red}, {green}, {blue}) is not "
                             f"{'dark' if dark else 'light'}")


def first_pixel(png_path):
    """The RGB of a PNG's first pixel. Whatever the row filter, the first pixel of the first row
    is stored as it is (its left and upper neighbours count as zero)."""
    import struct
    import zlib
    with open(png_path, "rb") as png:
        data = png.read()
    offset, idat = 8, b""
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            idat += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    raw = zlib.decompressobj().decompress(idat, 16)
    return raw[1], raw[2], raw[3]


def print_to_pdf(path, name):
    """The print layout renders: Chromium prints the page to a PDF of some substance."""
    target = os.path.join(SHOTS, name)
    chromium("--no-pdf-header-footer", f"--print-to-pdf={target}", "file://" + path)
    ok = os.path.exists(target) and os.path.getsize(target) > 10_000
    if check(ok, f"no PDF {target} of {path}"):
        with open(target, "rb") as pdf:
            check(pdf.read(5) == b"%PDF-", f"{target} is not a PDF")


class Dom(html.parser.HTMLParser):
    """The elements, attributes and text of a dumped DOM."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements = []  # (tag, {attribute: value})
        self.parts = []
        self.skip = 0  # inside <style>: not page text
        self.feed(text)
        self.text = re.sub(r"\s+", " ", "".join(self.parts))

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "style":
            self.skip += 1

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def count(self, tag, css_class=None):
        return sum(1 for name, attrs in self.elements if name == tag and
                   (css_class is None or css_class in attrs.get("class", "").split()))

    def hrefs(self):
        return [attrs["href"] for tag, attrs in self.elements if "href" in attrs]


def normal(text):
    return re.sub(r"\s+", " ", text).strip()


def check_clean(dom, page):
    """Nothing in the DOM that ladder does not write itself."""
    for tag, attrs in dom.elements:
        check(tag in ALLOWED_TAGS, f"{page}: injected element <{tag} {attrs}>")
        for name, value in attrs.items():
            check(name in ALLOWED_ATTRIBUTES, f"{page}: injected attribute {name}={value!r} "
                                              f"on <{tag}>")
            check(not name.startswith("on"), f"{page}: event handler {name} on <{tag}>")
        if tag == "meta" and attrs.get("http-equiv", "").lower() == "refresh":
            fail(f"{page}: injected meta refresh")
    for href in dom.hrefs():
        check(PAGE_HREF.match(href) or SAFE_HREF.match(href),
              f"{page}: link to something other than a page, http, https or mailto: {href!r}")
        check(not href.strip().lower().startswith(("javascript:", "data:", "vbscript:")),
              f"{page}: followable {href!r}")


def check_text(dom, page, expected):
    for text in expected:
        check(normal(text) in dom.text, f"{page}: expected to show {text!r}")


# ---- publish: the --out directory rules ----------------------------------------------------

def leftovers(parent):
    return [name for name in os.listdir(parent) if ".tmp-" in name or ".old-" in name]


def test_output_directory_rules():
    area = os.path.join(WORK, "out-rules")
    os.makedirs(area)
    site = os.path.join(area, "site")
    status, _, err = ladder("publish", "--out", site)
    check(status == 0, f"publish to a new directory: exit {status}: {err}")
    check(os.path.isfile(os.path.join(site, ".ladder-site")), "publish wrote no .ladder-site")
    with open(os.path.join(site, "stray.txt"), "w") as stray:
        stray.write("left over\n")
    status, _, err = ladder("publish", "--out", site)
    check(status == 0, f"publish over its own site: exit {status}: {err}")
    check(not os.path.exists(os.path.join(site, "stray.txt")),
          "publishing over a ladder site must replace it whole (a stray file survived)")
    check(os.path.isfile(os.path.join(site, "index.html")), "the replaced site has no index")

    foreign = os.path.join(area, "foreign")
    os.makedirs(foreign)
    with open(os.path.join(foreign, "keep.txt"), "w") as keep:
        keep.write("mine\n")
    status, _, err = ladder("publish", "--out", foreign)
    check(status == 2, f"publish over a directory ladder did not write: exit {status}, want 2")
    check("--force" in err, f"the refusal should mention --force: {err}")
    check(os.listdir(foreign) == ["keep.txt"], "a refused publish changed the directory")
    status, _, err = ladder("publish", "--out", ".", "--force", cwd=foreign)
    check(status == 2, f"publish --out . --force must refuse the working directory: {status}")
    check(os.listdir(foreign) == ["keep.txt"], "--out . --force changed the working directory")
    status, _, err = ladder("publish", "--out", foreign, "--force")
    check(status == 0, f"publish --force: exit {status}: {err}")
    check(not os.path.exists(os.path.join(foreign, "keep.txt")) and
          os.path.isfile(os.path.join(foreign, ".ladder-site")), "--force did not replace")

    a_file = os.path.join(area, "a-file")
    with open(a_file, "w") as out:
        out.write("not a directory\n")
    status, _, _ = ladder("publish", "--out", a_file, "--force")
    check(status == 2, f"publish over a regular file: exit {status}, want 2")
    check(open(a_file).read() == "not a directory\n", "publish changed a regular file")

    broken = os.path.join(area, "from-broken-criteria")
    status, _, _ = ladder("publish", "--criteria", "examples/broken/criteria-with-mistakes.yaml",
                          "--out", broken)
    check(status == 2 and not os.path.exists(broken),
          f"publish of broken criteria: exit {status} (want 2) and no directory")
    check(leftovers(area) == [], f"temporary directories left behind: {leftovers(area)}")


# ---- the published site ----------------------------------------------------------------------

def show_json(*args):
    status, out, err = ladder("show", *args, "--format", "json")
    check(status == 0, f"ladder show {args}: {err}")
    return json.loads(out)


def check_site(site, doms):
    framework = show_json()
    header = [framework["name"], framework["version"]]
    for page, dom in doms.items():
        check_clean(dom, "site/" + page)
        check_text(dom, "site/" + page, header)
    index = doms["index.html"]
    check_text(index, "index.html", [level["title"] for level in framework["levels"]])
    check_text(index, "index.html", [track["name"] for track in framework["tracks"]])
    check_text(index, "index.html", [f"{move['from']} \u2192 {move['to']}"
                                     for move in framework["transitions"]])
    check_ladder_rows(index, framework)
    for level in framework["levels"]:
        check_level_page(doms[f"level-{level['id']}.html"], level["id"])
    for competency in framework["competencies"]:
        page = f"competency-{competency['id']}.html"
        check_text(doms[page], page, [competency["name"], competency["description"]] +
                   list(framework["scale"].values()))


def check_ladder_rows(index, framework):
    """Levels of the same band share a row of the ladder, highest band first."""
    html_text = open(os.path.join(WORK, "site", "index.html"), encoding="utf-8").read()
    rows = re.findall(r"<tr><td class=\"band\">(.*?)</tr>", html_text, re.S)
    bands = sorted({level["band"] for level in framework["levels"]}, reverse=True)
    check(len(rows) == len(bands), f"index: {len(rows)} ladder rows, want {len(bands)}")
    for band, row in zip(bands, rows):
        check(f'title="band {band}"' in row, f"index: row for band {band} out of order")
        for level in framework["levels"]:
            if level["band"] == band:
                check(f'href="level-{level["id"]}.html"' in row,
                      f"index: {level['id']} is not in the row of band {band}")


def check_level_page(dom, level_id):
    """Every criterion in full, with the rule in the very words `ladder show` uses."""
    page = f"level-{level_id}.html"
    level = show_json(level_id)
    check_text(dom, page, [level["title"], level["summary"], f"band {level['band']}"])
    for criterion in level["criteria"]:
        expected = [criterion["title"], criterion["rule_text"]]
        if criterion["stated_by"] == level_id:
            expected += [criterion["description"], criterion["guidance"]]
        check_text(dom, page, expected)


def check_hostile_site(doms):
    criteria = os.path.join(ROOT, "tests", "browser", "hostile-criteria.yaml")
    for page, dom in doms.items():
        check_clean(dom, "hostile-site/" + page)
        check_text(dom, "hostile-site/" + page, ["<script>alert('framework name')</script> & Co",
                               "\"><img src=x onerror=alert('version')>"])
    check_text(doms["index.html"], "hostile index.html", [
        "<script>alert('level title')</script>", "\"><img src=x onerror=alert('track')>",
        "Managers ' onmouseover='alert(1)", "\"><img src=x onerror=alert('summary')> &amp; more",
        "Plain text with &amp; an entity, <b>bold</b> tags and a </main> closer.",
        "<img src=x onerror=alert('move')>", "<i>Learning</i>"])
    check_text(doms["level-IC1.html"], "hostile level-IC1.html", [
        "\"><img src=x onerror=alert('criterion title')>",
        "<script>alert('criterion description')</script>",
        "<a href=\"javascript:alert('guidance')\">a javascript: link</a> &amp;"])
    check_text(doms["competency-craft.html"], "hostile competency-craft.html", [
        "<svg onload=alert('competency')>Craft",
        "<iframe src=\"javascript:alert('rating')\"></iframe>",
        "Ends the table early </td></tr></table> and goes on."])
    check(os.path.isfile(criteria), "hostile-criteria.yaml is missing")


# ---- reports -----------------------------------------------------------------------------

def evaluation_json(*files):
    _, out, _ = ladder("evaluate", *files, "--as-of", AS_OF, "--format", "json")
    return json.loads(out)["evaluations"]


def check_report(dom, page, evidence_file, ready):
    check_clean(dom, page)
    evaluation = evaluation_json(evidence_file)[0]
    target = evaluation["target"]
    verdict = ("READY for " if ready else "NOT READY for ") + target["level"]
    check_text(dom, page, [evaluation["person"]["name"], verdict, "Cross-track view",
                           "Ratings against the target"])
    # Each chart twice: side by side for wide screens, stacked for phones.
    for layout in ("chart-wide", "chart-narrow"):
        check(dom.count("svg", layout) == 2, f"{page}: {dom.count('svg', layout)} {layout}, want 2")
    check(dom.count("rect") > 10, f"{page}: the charts have no bars")
    for criterion in target["criteria"]:
        if criterion["status"] in ("met", "waived"):
            check_text(dom, page, [criterion["title"]])
        else:
            check_text(dom, page, [criterion["title"], criterion["rule"], criterion["missing"],
                                   criterion["guidance"]])
    for entry in evaluation["cross_track"]:
        check_text(dom, page, [f"{entry['level']} {entry['title']}"])


def check_hostile_report(dom, page):
    check_clean(dom, page)
    check_text(dom, page, [
        "<script>alert('name')</script>", "\"><img src=x onerror=alert('title')>",
        "Reviews &amp; more: the text &amp; must stay literally that",
        "javascript:alert('link')", "JaVaScRiPt:alert('mixed case')",
        "data:text/html,<script>alert('data')</script>", "vbscript:msgbox(1)",
        "<iframe src=\"javascript:alert('justification')\"></iframe> approved",
        "' onmouseover='alert(1)", "<img src=x onerror=alert('rated by')>"])
    hrefs = sorted(dom.hrefs())
    check(hrefs == ["https://example.com/ok?a=1&b=\"2\"", "mailto:someone@example.com"],
          f"{page}: the only links must be the safe ones, found {hrefs}")


def check_batch_page(dom, page):
    """The batch page: every person's row with their status in words, the error row with its
    error, the hostile file's name as text, the readiness chart, the table in its scroll box."""
    check_clean(dom, page)
    _, out, _ = ladder("batch", "examples/evidence", "tests/browser/hostile.yaml", "--as-of",
                       AS_OF, "--format", "json", "--quiet")
    rows = json.loads(out)
    for row in rows:
        check_text(dom, page, [row["id"], row["name"], row["status"].replace("_", " ")])
    check(dom.count("tr", "error") == 1, f"{page}: want one error row")
    check_text(dom, page, ["criteria-with-mistakes.yaml", "Evaluated on " + AS_OF,
                           "<script>alert('name')</script>"])
    check(dom.count("div", "table-box") == 1, f"{page}: the table has no scroll box")
    check(dom.count("svg", "chart-wide") == 1 and dom.count("svg", "chart-narrow") == 1,
          f"{page}: want the readiness chart, wide and stacked")
    person_rows = sum(dom.count("tr", status) for status in ("ready", "not_ready", "error"))
    check(person_rows == len(rows) + 1, f"{page}: want a row per file, found {person_rows}")


def check_batch_summary(dom, page):
    check_clean(dom, page)
    check_text(dom, page, ["Within one required criterion", "Berlin", "Lisbon", "(other)"])
    check(dom.count("svg", "chart-wide") == 1 and dom.count("svg", "chart-narrow") == 1,
          f"{page}: want the readiness chart, wide and stacked")


def check_several_people(dom, page):
    check_clean(dom, page)
    check(dom.count("section", "person") == 3, f"{page}: want one section per file (3)")
    check(dom.count("section", "not-evaluated") == 1, f"{page}: the broken file has no section")
    check(dom.count("h1") == 3, f"{page}: want a heading per person or file")


# Every kind of page, as a phone shows it.
PHONE_PAGES = ["site/index.html", "site/level-IC4.html", "site/competency-technical_depth.html",
               "alice.html", "carmen.html", "hostile.html", "several.html", "candidates.html",
               "batch.html", "batch-summary.html", "hostile-site/index.html"]


def check_phone(pages, page):
    """At 390 pixels: nothing reaches past the right edge, no chart text is unreadably small."""
    layout = phone_layout.measure(pages[page], 390)
    if not check(layout is not None, f"{page} at 390 px: Chromium measured nothing"):
        return
    check(layout["scroll_width"] <= layout["viewport"] and not layout["overflowing"],
          f"{page} at 390 px: {layout['scroll_width']} px wide; past the edge: "
          f"{layout['overflowing'][:3]}")
    check(not layout["small_text"],
          f"{page} at 390 px: chart text under 10 px: {layout['small_text'][:3]}")
    name = "phone-" + page.replace("/", "-").replace(".html", ".png")
    check(phone_layout.screenshot(pages[page], os.path.join(SHOTS, name), 390, 1600),
          f"no 390-pixel screenshot of {page}")


# ---- main --------------------------------------------------------------------------------

def write_outputs():
    """Every page to check, as {name: path}; exit statuses checked on the way."""
    pages = {}
    site = os.path.join(WORK, "site")
    status, _, err = ladder("publish", "--out", site)
    check(status == 0, f"ladder publish: exit {status}: {err}")
    for name in sorted(os.listdir(site)):
        if name.endswith(".html"):
            pages[f"site/{name}"] = os.path.join(site, name)
    hostile_site = os.path.join(WORK, "hostile-site")
    status, _, err = ladder("publish", "--criteria", "tests/browser/hostile-criteria.yaml",
                            "--out", hostile_site)
    check(status == 0, f"ladder publish (hostile criteria): exit {status}: {err}")
    for name in sorted(os.listdir(hostile_site)):
        if name.endswith(".html"):
            pages[f"hostile-site/{name}"] = os.path.join(hostile_site, name)
    reports = [("alice.html", ["examples/evidence/alice.yaml"], 0),
               ("carmen.html", ["examples/evidence/carmen.yaml"], 1),
               ("hostile.html", ["tests/browser/hostile.yaml"], 1),
               ("several.html", ["examples/evidence/alice.yaml", "examples/evidence/bob.yaml",
                                 "examples/broken/criteria-with-mistakes.yaml"], 2)]
    for name, files, want in reports:
        path = os.path.join(WORK, name)
        status, _, err = ladder("evaluate", *files, "--as-of", AS_OF, "--format", "html",
                                stdout_file=path)
        check(status == want, f"evaluate {files} --format html: exit {status}, want {want}: "
                              f"{err[-300:]}")
        pages[name] = path
    # ladder candidates --format html, written with --output (one opening is short: exit 1).
    path = os.path.join(WORK, "candidates.html")
    status, _, err = ladder("candidates", "examples/openings/openings.yaml", "examples/evidence",
                            "examples/openings/people", "--as-of", AS_OF, "--format", "html",
                            "--output", path)
    check(status == 1 and os.path.exists(path),
          f"candidates --format html --output: exit {status}, want 1: {err[-300:]}")
    pages["candidates.html"] = path
    batches = [("batch.html", ["examples/evidence", "tests/browser/hostile.yaml",
                               "examples/broken/criteria-with-mistakes.yaml"], 2),
               # Eleven people in Berlin, Lisbon and Remote: the one in Remote is held back.
               ("batch-summary.html", ["tests/cli/batch-summary-held-back/people", "--criteria",
                                       "tests/cli/batch-summary-held-back/criteria.yaml",
                                       "--summary", "--by", "location", "--min-group", "3"], 0)]
    for name, args, want in batches:
        path = os.path.join(WORK, name)
        status, _, err = ladder("batch", *args, "--as-of", AS_OF, "--format", "html",
                                stdout_file=path)
        check(status == want, f"batch {args} --format html: exit {status}, want {want}: "
                              f"{err[-300:]}")
        pages[name] = path
    return pages


def check_candidates(dom, page):
    """The openings page: every section, the trial and the wanted track with no step yet."""
    check_clean(dom, page)
    check_text(dom, page, [
        "staff-payments: IC4 Staff Engineer", "Ready now, interested in the track",
        "Ready, no role", "Openings short of ready candidates", "On a track they did not choose",
        "Interest in a track no step leads to yet",
        "E1420 Ines Duarte", "IC2 -> IC3 -> IC4 -> M1 (3 steps)",
        "IC4 -> M1 since 2026-05-15, ends 2026-11-15 (in 14 days)", "the way back is open"])
    check(dom.count("table", "data") >= 6, f"{page}: expected a table per non-empty group")


def main():
    if shutil.which("chromium") is None:
        print("chromium is not installed: run scripts/install-deps.sh --test (Debian's "
              "chromium package)", file=sys.stderr)
        return 1
    shutil.rmtree(WORK, ignore_errors=True)
    shutil.rmtree(SHOTS, ignore_errors=True)
    os.makedirs(WORK)
    os.makedirs(SHOTS)

    test_output_directory_rules()
    pages = write_outputs()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        dumped = dict(zip(pages, pool.map(dump_dom, pages.values())))
        shots = [("site/index.html", "site-index.png", "1280,900"),
                 ("site/index.html", "site-index-full.png", "1280,1500"),
                 ("site/level-IC4.html", "site-level-IC4.png", "1280,900"),
                 ("site/competency-technical_depth.html", "site-competency.png", "1280,900"),
                 ("alice.html", "report-alice.png", "1280,900"),
                 ("carmen.html", "report-carmen.png", "1280,900"),
                 ("hostile.html", "report-hostile.png", "1280,1800"),
                 ("hostile-site/index.html", "hostile-site-index.png", "1280,900"),
                 ("several.html", "report-several.png", "1280,900"),
                 ("candidates.html", "candidates.png", "1280,1800"),
                 ("batch.html", "batch-1400.png", "1400,1200"),
                 ("carmen.html", "report-carmen-dark.png", "1280,900", True),
                 ("site/index.html", "site-index-dark.png", "1280,900", True)]
        list(pool.map(lambda shot: screenshot(pages[shot[0]], *shot[1:]), shots))
        prints = [("site/index.html", "site-index-print.pdf"), ("carmen.html", "report-print.pdf")]
        list(pool.map(lambda doc: print_to_pdf(pages[doc[0]], doc[1]), prints))
        list(pool.map(lambda page: check_phone(pages, page), PHONE_PAGES))
    doms = {name: Dom(text) for name, text in dumped.items()}

    check_site(os.path.join(WORK, "site"),
               {name[len("site/"):]: dom for name, dom in doms.items()
                if name.startswith("site/")})
    check_hostile_site({name[len("hostile-site/"):]: dom for name, dom in doms.items()
                        if name.startswith("hostile-site/")})
    check_report(doms["alice.html"], "alice.html", "examples/evidence/alice.yaml", True)
    check_report(doms["carmen.html"], "carmen.html", "examples/evidence/carmen.yaml", False)
    check_hostile_report(doms["hostile.html"], "hostile.html")
    check_several_people(doms["several.html"], "several.html")
    check_candidates(doms["candidates.html"], "candidates.html")
    check_batch_page(doms["batch.html"], "batch.html")
    check_batch_summary(doms["batch-summary.html"], "batch-summary.html")

    print(f"{checks} checks over {len(doms)} pages rendered by Chromium; screenshots in {SHOTS}")
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
