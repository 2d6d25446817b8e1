#pragma once
// Escaping for HTML and XML alike: one function, so every page, chart and CI report treats a
// string from a file the same way.

#include <string>
#include <string_view>

namespace ladder {

// Escapes & < > " and ' (as &#39;, which HTML and XML both read) so the text is safe as element
// content and inside a quoted attribute value. Every control character but the line feed, and
// every bidirectional override, is shown as a visible escape (util/visible_text, "\x1b",
// "\u202e"), as are bytes that are not UTF-8: XML 1.0 forbids most of them, a browser shows
// nothing for them, and an override would reorder the page around it. The noncharacters U+FFFE
// and U+FFFF, which XML also forbids, become U+FFFD.
std::string escape_markup(std::string_view text);

} // namespace ladder
