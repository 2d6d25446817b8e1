#include "util/visible_text.hpp"

#include "util/escaped_code_point.hpp"
#include "util/utf8.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

// Characters that change how the text around them is displayed rather than showing: C0 and C1
// controls, DEL, and the bidirectional formatting characters (the "Trojan Source" set).
bool is_invisible(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E ||
           c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

std::string visible_text(std::string_view text, LineBreaks line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
            ++i;
            continue;
        }
        char32_t code = utf8_code_point(text, i, length);
        if (code == '\n' && line_breaks == LineBreaks::keep) {
            out += '\n';
        } else if (is_invisible(code)) {
            out += escaped_code_point(code);
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

bool has_invisible_characters(std::string_view text) {
    return !first_control_character(text).empty();
}

std::string first_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            return fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
        }
        char32_t code = utf8_code_point(text, i, length);
        if (is_invisible(code)) {
            return escaped_code_point(code);
        }
        i += length;
    }
    return "";
}

std::string escaped_code_point(char32_t c) {
    switch (c) {
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    default:
        return c < 0x80 ? fmt::format("\\x{:02x}", static_cast<unsigned>(c))
                        : fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    }
}

} // namespace ladder
