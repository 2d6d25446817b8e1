#pragma once
// Markdown escaping shared by every Markdown output (a person's report, the framework, diffs).

#include <string>
#include <string_view>

namespace ladder {

// Escapes the characters Markdown would interpret in table cells and inline text, and folds
// line breaks into spaces so a value stays in its cell or list item. Control characters and
// bidirectional overrides are shown escaped (util/visible_text).
std::string escape_markdown(std::string_view text);

// Escapes text that may hold several lines and keeps its lines, each after the first indented
// by `indent` (to stay inside the list item it is written in): a list in a description stays
// a list.
std::string escape_markdown_lines(std::string_view text, std::string_view indent);

} // namespace ladder
