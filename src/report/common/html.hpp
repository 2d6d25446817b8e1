#pragma once
// HTML building blocks shared by every HTML output (the published site, the evaluation report,
// and any later one such as a batch report): escaping, safe links, and the page shell with its
// embedded stylesheet. Every string that came from a file goes through escape_markup() or
// html_link() before it reaches a page; no other text is trusted.

#include "report/common/markup.hpp"

#include <string>
#include <string_view>

namespace ladder {

// Whether a link from a file may become an href: only http://, https:// and mailto: (any
// case), with no whitespace or control character anywhere (browsers drop those inside a
// scheme, so "java\tscript:" would otherwise slip through).
bool is_safe_link(std::string_view url);

// Text that may hold several lines, escaped: one line stays plain text; several become
// paragraphs (split at blank lines) and lists (lines starting "- ", "* " or "1. "), so a
// numbered or bulleted list in a description stays a list.
std::string html_text_blocks(std::string_view text);

// <a href="URL">TEXT</a> when the URL is safe; otherwise the escaped text alone, so an unsafe
// link is still visible to a reader but cannot be followed. External links open as usual.
std::string html_link(std::string_view url, std::string_view text);

// A link to another page ladder generated (a relative file name it chose itself).
std::string page_link(std::string_view href, std::string_view text);

// What the page shell needs besides the body.
struct HtmlPage {
    std::string title;             // the page's own title, plain text (escaped here)
    std::string framework_name;    // shown on every page, plain text
    std::string framework_version; // plain text
    std::string home_href;         // the site's index for the header link; "" for no link
    std::string body;              // HTML, already escaped by the caller
};

// A whole self-contained document: no external resource, no script, and a Content Security
// Policy that forbids both, so even a missed escape could not run anything.
std::string render_html_page(const HtmlPage& page);

// A table cell that names its column (data-label): on a narrow screen the style sheet shows
// each row of a data table as "Column: value" lines, so no column is lost off the screen's
// edge. `label` is plain text (escaped here); `inner` is markup; `css_class` may be empty.
std::string labelled_cell(std::string_view label, std::string_view inner,
                          std::string_view css_class = {});

// The stylesheet embedded in every page (screen and print).
std::string_view html_stylesheet();

} // namespace ladder
