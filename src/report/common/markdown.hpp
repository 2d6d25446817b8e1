#pragma once
// Markdown escaping shared by every Markdown output (a person's report, the framework, diffs).

#include <string>
#include <string_view>

namespace ladder {

// Escapes the characters Markdown would interpret in table cells and inline text, and folds
// line breaks into spaces so a value stays in its cell or list item. Control characters and
// bidirectional overrides are shown escaped (util/visible_text).
std::string escape_markdown(std::string_view text);

} // namespace ladder
