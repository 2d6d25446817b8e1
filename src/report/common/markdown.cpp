#include "report/common/markdown.hpp"

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
    while (!text.empty() && text.back() == '\n') {
        text.remove_suffix(1);
    }
    std::string result;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        if (start > 0) {
            result += "\n";
            result += line.empty() ? std::string_view() : indent;
        }
        result += escape_markdown(line);
        start = end + 1;
    }
    return result;
}

} // namespace ladder
