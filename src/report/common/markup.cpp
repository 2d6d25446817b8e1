#include "report/common/markup.hpp"

#include "util/utf8.hpp"
#include "util/visible_text.hpp"

namespace ladder {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD"; // U+FFFD

// Characters an XML 1.0 document may not contain at all, whatever the escaping: C0 controls
// but tab, newline and carriage return (dropped), and U+FFFE / U+FFFF (replaced).
bool is_xml_noncharacter(char32_t code) {
    return code == 0xFFFE || code == 0xFFFF;
}

void append_ascii(std::string& out, char c) {
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

} // namespace

std::string escape_markup(std::string_view raw) {
    std::string text = visible_text(raw, LineBreaks::keep);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 1) {
            append_ascii(out, text[i]);
        } else if (length == 0 || is_xml_noncharacter(utf8_code_point(text, i, length))) {
            out += replacement_character; // a parser would reject the whole document
        } else {
            out.append(text.substr(i, length));
        }
        i += length == 0 ? 1 : length;
    }
    return out;
}

} // namespace ladder
