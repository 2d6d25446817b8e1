#include "report/common/html.hpp"

#include "report/common/markup.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

// Calm and readable: system fonts (nothing fetched), one accent colour, status colours only
// where a status is shown, and a print layout without navigation or backgrounds.
constexpr std::string_view stylesheet = R"css(
:root {
  --text: #1f2933; --muted: #52606d; --line: #d9e2ec; --soft: #f5f7fa;
  --accent: #245f7e; --accent-soft: #e4eef4;
  --good: #2f7a55; --good-soft: #e3f1e9; --short: #a86a12; --short-soft: #fbf0dc;
  --bad: #a33a32; --bad-soft: #f8e4e2;
  --page: #fff; --faint: #9aa5b1;
  color-scheme: light dark;
}
/* Dark mode on screens only: a printed page stays dark on light. */
@media screen and (prefers-color-scheme: dark) {
  :root {
    --text: #e4e7eb; --muted: #a8b3bf; --line: #3b4652; --soft: #1f262e;
    --accent: #7fb8d8; --accent-soft: #1d3442;
    --good: #6fcf97; --good-soft: #173526; --short: #e0a84e; --short-soft: #3a2b12;
    --bad: #f08a80; --bad-soft: #3d1d1a;
    --page: #14191f; --faint: #6b7785;
  }
  /* The charts' SVG draws in the light palette; CSS outranks its presentation attributes. */
  figure.chart svg text { fill: var(--text); }
  figure.chart svg line { stroke: var(--line); }
  figure.chart svg line[stroke="#1f2933"] { stroke: var(--text); }
  figure.chart svg rect[fill="#eef2f5"] { fill: var(--soft); }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 68rem; padding: 0 1.5rem 2rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px; line-height: 1.5; color: var(--text); background: var(--page);
}
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 1.9rem; margin-top: 0.8em; }
h2 { font-size: 1.35rem; padding-bottom: 0.25em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.08rem; }
p { margin: 0.5em 0; }
h1 .id { font-size: 0.62em; font-weight: 500; }
code, .id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
  font-size: 0.86em; }
.muted, .meta { color: var(--muted); }
.meta { font-size: 0.92rem; }
.lead { font-size: 1.04rem; max-width: 62rem; }
header.site {
  display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: baseline;
  padding: 0.9rem 0 0.7rem; border-bottom: 2px solid var(--accent);
}
header.site .name { font-weight: 650; color: var(--text); text-decoration: none; }
header.site .version { color: var(--muted); font-size: 0.92rem; }
header.site nav { margin-left: auto; font-size: 0.92rem; }
header.site nav a { margin-left: 1rem; }
footer.site {
  margin-top: 3rem; padding-top: 0.8rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: 0.85rem;
}
.badge {
  display: inline-block; padding: 0.05em 0.5em; border-radius: 0.8em;
  background: var(--accent-soft); color: var(--accent); font-weight: 600; font-size: 0.82rem;
  white-space: nowrap; vertical-align: 0.08em;
}
.tag {
  display: inline-block; padding: 0 0.45em; border: 1px solid var(--line); border-radius: 0.3em;
  color: var(--muted); font-size: 0.8rem; white-space: nowrap;
}
table { border-collapse: collapse; }
table.data { width: 100%; margin: 0.6rem 0 1rem; font-size: 0.94rem; }
table.data th, table.data td {
  text-align: left; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line);
}
table.data th { font-weight: 600; color: var(--muted); font-size: 0.86rem; }
table.data td.num, table.data th.num { text-align: right; white-space: nowrap; }
table.data td.nowrap { white-space: nowrap; }
table.data th.num:first-child { width: 4.5rem; }
.table-box { overflow: auto; max-height: 75vh; border: 1px solid var(--line); margin: 0.6rem 0 1rem; }
.table-box table.data { margin: 0; }
.table-box th { position: sticky; top: 0; background: var(--page); }
tr.ready td.status { color: var(--good); background: var(--good-soft); font-weight: 600; }
tr.not_ready td.status, tr.steps_away td.status, tr.no_route td.status {
  color: var(--short); background: var(--short-soft);
}
tr.error td.status, tr.error td.error { color: var(--bad); background: var(--bad-soft); }
body:has(.batch-wide) { max-width: none; }
.batch-wide table.data th { white-space: nowrap; }
.batch-wide table.data td.wrap { min-width: 26rem; max-width: 34rem; }
.batch-wide table.data td .item { white-space: nowrap; }
.batch-page table.data td.status { display: table-cell; border: 0; border-radius: 0;
  border-bottom: 1px solid var(--line); font-size: inherit; }
.batch-page table.data tr > :first-child { position: sticky; left: 0; background: var(--page);
  box-shadow: inset 0 -1px var(--line); }
.batch-page table.data thead tr > :first-child { z-index: 1; }
.batch-wide .chart-box { overflow-x: auto; margin: 0.6rem 0 1rem; }
.batch-wide .chart-box svg { display: block; width: 100%; min-width: 34rem; max-width: 46rem; }
.batch-page { display: flex; flex-direction: column; }
.batch-page > h1 { order: 0; }
.batch-page > .overview { order: 1; }
.batch-page > .table-box { order: 2; }
.totals { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0.4rem 0 0.8rem; }
.totals b { font-size: 1.3rem; display: block; }
table.compact td:first-child { width: 7rem; }
table.compact td:nth-child(2) { width: 38%; }

/* The dual ladder: one column per track, one row per band, highest band on top. */
.ladder-wrap { overflow-x: auto; margin: 1rem 0 0.5rem; }
table.ladder { width: 100%; border-collapse: separate; border-spacing: 0 0.45rem; }
table.ladder th { font-size: 0.95rem; text-align: left; padding: 0 0.5rem 0.2rem; vertical-align: bottom; }
table.ladder th .muted { display: block; font-weight: 400; font-size: 0.83rem; }
table.ladder td { vertical-align: middle; padding: 0; }
table.ladder th.band-h { width: 4.2rem; text-align: center; padding: 0 0 0.2rem; }
table.ladder td.band { width: 4.2rem; text-align: center; }
.band-no {
  display: inline-flex; align-items: center; justify-content: center; width: 2.3rem; height: 2.3rem;
  border: 2px solid var(--accent); border-radius: 50%; color: var(--accent); font-weight: 700;
  font-size: 1.1rem;
}
.level-card {
  margin: 0 0.4rem; padding: 0.5rem 0.8rem; min-height: 5.3rem;
  border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 0.4rem;
  background: var(--page);
}
.level-card a.title { font-weight: 650; text-decoration: none; color: var(--text); }
.level-card a.title:hover { color: var(--accent); text-decoration: underline; }
.level-card p { margin: 0.15rem 0 0; font-size: 0.84rem; color: var(--muted); line-height: 1.38; }
.level-card .moves { margin-top: 0.25rem; font-size: 0.8rem; }
.level-empty {
  margin: 0 0.4rem; min-height: 5.3rem; border: 1px dashed var(--line); border-radius: 0.4rem;
  display: flex; align-items: center; justify-content: center; color: var(--faint); font-size: 0.82rem;
}
table.ladder th.gutter, td.gutter { width: 10rem; text-align: center; }
/* A move between tracks: its label over an arrow drawn with borders (borders print). */
.move {
  display: block; margin: 0.35rem 0; font-size: 0.74rem; line-height: 1.2; color: var(--accent);
  text-decoration: none; white-space: nowrap;
}
.move:hover .label { text-decoration: underline; }
.move .line { display: block; position: relative; height: 0; margin: 0.2rem 0.55rem 0;
  border-top: 2px solid var(--accent); }
.move .line::after { content: ""; position: absolute; top: -6px; border-top: 5px solid transparent;
  border-bottom: 5px solid transparent; }
.move.right .line::after { right: -3px; border-left: 9px solid var(--accent); }
.move.left .line::after { left: -3px; border-right: 9px solid var(--accent); }
.move-note { display: block; font-size: 0.72rem; color: var(--muted); }
.legend { font-size: 0.86rem; color: var(--muted); }

/* A criterion: what it means, the rule in plain words, how to get there. */
.criterion {
  margin: 0.9rem 0; padding: 0.7rem 1rem; border: 1px solid var(--line);
  border-left: 4px solid var(--accent); border-radius: 0.4rem; break-inside: avoid;
}
.criterion h3 { margin: 0 0 0.35rem; }
.criterion h3 .id { font-weight: 400; color: var(--muted); margin-left: 0.4rem; }
.criterion h3 .tag { margin-left: 0.5rem; font-weight: 400; vertical-align: 0.1em; }
.criterion.optional { border-left-color: var(--line); }
dl.parts { display: grid; grid-template-columns: 9.5rem 1fr; gap: 0.3rem 1rem; margin: 0.4rem 0 0; }
dl.parts dt { color: var(--muted); font-size: 0.9rem; }
dl.parts dd { margin: 0; }
ul.plain { list-style: none; padding: 0; }
ul.plain li { margin: 0.35rem 0; }
ul.cols { columns: 2 18rem; padding-left: 1.2rem; }
nav.pager { display: flex; justify-content: space-between; gap: 1rem; margin: 2rem 0 0; font-size: 0.94rem; }

/* Reports: the verdict and criterion statuses. */
.verdict {
  margin: 1rem 0; padding: 0.8rem 1rem; border-radius: 0.4rem; font-weight: 600;
  border: 1px solid var(--short); background: var(--short-soft);
}
.verdict.ready { border-color: var(--good); background: var(--good-soft); }
.status {
  display: inline-block; min-width: 5.6rem; padding: 0.05em 0.5em; margin-right: 0.4rem;
  border-radius: 0.3em; font-size: 0.76rem; font-weight: 700; text-align: center;
  letter-spacing: 0.03em; vertical-align: 0.12em; border: 1px solid currentColor;
}
.status.met { color: var(--good); }
.status.partial, .status.no-data { color: var(--short); }
.status.not-met { color: var(--bad); }
.status.waived { color: var(--muted); }
.criterion.missing { border-left-color: var(--short); }
.criterion.missing.required { border-left-color: var(--bad); }
section.person { margin-bottom: 3rem; }
section.person + section.person { border-top: 2px solid var(--accent); }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart svg { width: 100%; max-width: 52rem; height: auto; display: block; }
figure.chart figcaption { font-size: 0.86rem; color: var(--muted); margin-top: 0.3rem; }
.error-list { border-left: 4px solid var(--bad); padding-left: 1rem; }

figure.chart svg.chart-narrow, .chart-box svg.chart-narrow { display: none; }

/* Phones: a data table's rows become lists of "Column: value" lines (each cell names its
   column in data-label), the stacked charts replace the wide ones, nothing scrolls sideways. */
@media (max-width: 40rem) {
  body { padding: 0 0.8rem; overflow-wrap: break-word; }
  code { overflow-wrap: anywhere; }
  h1 { font-size: 1.55rem; }
  dl.parts { grid-template-columns: 1fr; }
  table.ladder th.gutter, td.gutter { width: 2.6rem; }
  table.ladder th.band-h, table.ladder td.band { width: 2.6rem; }
  table.ladder { table-layout: fixed; }
  .level-card { margin: 0 0.15rem; padding: 0.4rem 0.5rem; overflow-wrap: break-word; }
  .level-card a.title { font-size: 0.86rem; }
  table.ladder th { font-size: 0.86rem; }
  .move { white-space: normal; }
  table.data, table.data tbody, table.data tr, table.data td { display: block; width: auto; }
  table.data thead { display: none; }
  table.data tr { padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
  table.data td, table.data td.num, .batch-page table.data td.status {
    border: 0; padding: 0.1rem 0; text-align: left; white-space: normal;
  }
  table.data td:empty { display: none; }
  table.data td a { overflow-wrap: anywhere; }
  table.data td[data-label]::before {
    content: attr(data-label) ": "; color: var(--muted); font-size: 0.86rem; font-weight: 600;
  }
  table.compact td:first-child, table.compact td:nth-child(2) { width: auto; }
  .table-box { max-height: none; overflow: visible; border: 0; }
  .batch-wide table.data td.wrap { min-width: 0; max-width: none; }
  .batch-wide table.data td .item { white-space: normal; }
  .batch-page table.data tr > :first-child { position: static; box-shadow: none; }
  .batch-page table.data tr > :first-child { font-weight: 650; }
  .batch-wide .chart-box svg { min-width: 0; }
  figure.chart svg.chart-wide, .chart-box svg.chart-wide { display: none; }
  figure.chart svg.chart-narrow, .chart-box svg.chart-narrow { display: block; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  header.site nav, nav.pager { display: none; }
  header.site { border-bottom-width: 1px; }
  a { color: inherit; text-decoration: none; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); }
  h2, h3 { break-after: avoid; }
  .level-card, .level-empty, .criterion, tr, figure.chart { break-inside: avoid; }
  .ladder-wrap { overflow: visible; }
  section.person { break-before: page; }
  section.person:first-of-type { break-before: auto; }
}
)css";

// No script, no external fetch, no plugin, no form, no base change: only the inline styles
// and inline SVG the pages are made of.
constexpr std::string_view content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'";

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != prefix[i]) {
            return false;
        }
    }
    return true;
}

std::string header_html(const HtmlPage& page) {
    std::string name = escape_markup(page.framework_name);
    std::string home = page.home_href.empty() ? fmt::format("<span class=\"name\">{}</span>", name)
                                              : fmt::format("<a class=\"name\" href=\"{}\">{}</a>",
                                                            escape_markup(page.home_href), name);
    std::string nav = page.home_href.empty()
                          ? ""
                          : fmt::format("<nav><a href=\"{}\">The ladder</a></nav>",
                                        escape_markup(page.home_href));
    return fmt::format("<header class=\"site\">{}<span class=\"version\">version {}</span>{}"
                       "</header>\n",
                       home, escape_markup(page.framework_version), nav);
}

} // namespace

namespace {

enum class LineKind { text, bullet, numbered, blank };

// The kind of a line, and where its text starts (after a list marker).
std::pair<LineKind, std::size_t> classify_line(std::string_view line) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
        return {LineKind::blank, 0};
    }
    if (line.starts_with("- ") || line.starts_with("* ")) {
        return {LineKind::bullet, 2};
    }
    std::size_t digits = line.find_first_not_of("0123456789");
    if (digits != 0 && digits != std::string_view::npos && line.substr(digits).starts_with(". ")) {
        return {LineKind::numbered, digits + 2};
    }
    return {LineKind::text, 0};
}

std::string_view close_tag(LineKind kind) {
    switch (kind) {
    case LineKind::bullet:
        return "</ul>\n";
    case LineKind::numbered:
        return "</ol>\n";
    case LineKind::text:
        return "</p>\n";
    case LineKind::blank:
        break;
    }
    return "";
}

} // namespace

std::string html_text_blocks(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    if (text.find('\n') == std::string_view::npos) {
        return escape_markup(text);
    }
    std::string out;
    LineKind open = LineKind::blank;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        auto [kind, skip] = classify_line(line);
        if (kind != open || kind == LineKind::blank) {
            out += close_tag(open);
            open = kind;
            out += kind == LineKind::bullet     ? "<ul>\n"
                   : kind == LineKind::numbered ? "<ol>\n"
                   : kind == LineKind::text     ? "<p>"
                                                : "";
        } else if (kind == LineKind::text) {
            out += "\n"; // another line of the same paragraph
        }
        if (kind == LineKind::bullet || kind == LineKind::numbered) {
            out += "<li>" + escape_markup(line.substr(skip)) + "</li>\n";
        } else if (kind == LineKind::text) {
            out += escape_markup(line);
        }
    }
    return out + std::string(close_tag(open));
}

bool is_safe_link(std::string_view url) {
    for (char c : url) {
        auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7f) {
            return false;
        }
    }
    for (std::string_view scheme : {"http://", "https://", "mailto:"}) {
        if (starts_with_ignoring_case(url, scheme) && url.size() > scheme.size()) {
            return true;
        }
    }
    return false;
}

std::string html_link(std::string_view url, std::string_view text) {
    if (!is_safe_link(url)) {
        return escape_markup(text);
    }
    return fmt::format("<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>", escape_markup(url),
                       escape_markup(text));
}

std::string page_link(std::string_view href, std::string_view text) {
    return fmt::format("<a href=\"{}\">{}</a>", escape_markup(href), escape_markup(text));
}

std::string_view html_stylesheet() {
    return stylesheet;
}

std::string labelled_cell(std::string_view label, std::string_view inner,
                          std::string_view css_class) {
    std::string classes =
        css_class.empty() ? "" : fmt::format(" class=\"{}\"", escape_markup(css_class));
    return fmt::format("<td{} data-label=\"{}\">{}</td>", classes, escape_markup(label), inner);
}

std::string render_html_page(const HtmlPage& page) {
    std::string title = escape_markup(page.title);
    std::string framework = fmt::format("{} {}", escape_markup(page.framework_name),
                                        escape_markup(page.framework_version));
    return fmt::format("<!DOCTYPE html>\n"
                       "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n"
                       "<meta name=\"generator\" content=\"ladder\">\n"
                       "<title>{} - {}</title>\n<style>{}</style>\n</head>\n<body>\n{}"
                       "<main>\n{}</main>\n"
                       "<footer class=\"site\">{}. Written by ladder from the framework's "
                       "criteria files.</footer>\n</body>\n</html>\n",
                       content_security_policy, title, framework, stylesheet, header_html(page),
                       page.body, framework);
}

} // namespace ladder
