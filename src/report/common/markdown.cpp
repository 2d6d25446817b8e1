#include "report/common/markdown.hpp"

#include "util/visible_text.hpp"

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

} // namespace ladder
