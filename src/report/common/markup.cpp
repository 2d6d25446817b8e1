#include "report/common/markup.hpp"

#include "util/visible_text.hpp"

namespace ladder {

std::string escape_markup(std::string_view raw) {
    std::string text = visible_text(raw, LineBreaks::keep);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                out += c;
            }
        }
    }
    return out;
}

} // namespace ladder
