#pragma once
// Escaping for HTML and XML alike: one function, so every page, chart and CI report treats a
// string from a file the same way.

#include <string>
#include <string_view>

namespace ladder {

// Escapes & < > " and ' (as &#39;, which HTML and XML both read) so the text is safe as element
// content and inside a quoted attribute value. Drops the control characters XML 1.0 forbids
// (all below U+0020 but tab, line feed and carriage return): a parser would reject the whole
// document for one of them, and a browser shows nothing for them anyway. Bytes that are not
// UTF-8 and the noncharacters U+FFFE and U+FFFF, which XML also forbids, become U+FFFD.
std::string escape_markup(std::string_view text);

} // namespace ladder
