#include "report/common/markdown.hpp"

namespace ladder {

std::string escape_markdown(std::string_view text) {
    std::string result;
    for (char c : text) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' ||
            c == ']' || c == '\\' || c == '#') {
            result += '\\';
        }
        result += c == '\n' ? ' ' : c;
    }
    return result;
}

} // namespace ladder
