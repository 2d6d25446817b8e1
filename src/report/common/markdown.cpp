#include "report/common/markdown.hpp"

#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>

namespace ladder {

std::string escape_markdown(std::string_view text) {
    std::string result;
    for (char c : visible_text(text, LineBreaks::keep)) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' ||
            c == ']' || c == '\\' || c == '#') {
            result += '\\';
        }
        result += c == '\n' ? ' ' : c;
    }
    return result;
}

std::string escape_markdown_lines(std::string_view text, std::string_view indent) {
    return map_lines(text, indent, [](std::string_view line) { return escape_markdown(line); });
}

} // namespace ladder
