#include "util/visible_text.hpp"

#include <fmt/format.h>
#include <optional>

namespace ladder {

namespace {

// One decoded character: its code point and length, or nullopt for a malformed byte.
struct Decoded {
    std::optional<char32_t> code_point;
    std::size_t length;
};

Decoded decode(std::string_view text, std::size_t i) {
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80           ? 1
                         : (byte >> 5) == 0x6  ? 2
                         : (byte >> 4) == 0xE  ? 3
                         : (byte >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || i + length > text.size()) {
        return {std::nullopt, 1};
    }
    char32_t value = length == 1 ? byte : byte & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) {
            return {std::nullopt, 1};
        }
        value = (value << 6) | (next & 0x3F);
    }
    return {value, length};
}

// Characters that change how the text around them is displayed rather than showing: C0 and C1
// controls, DEL, and the bidirectional formatting characters (the "Trojan Source" set).
bool is_invisible(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x061C || c == 0x200E ||
           c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string escaped(char32_t c) {
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

} // namespace

std::string visible_text(std::string_view text, LineBreaks line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        Decoded next = decode(text, i);
        if (!next.code_point) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
        } else if (*next.code_point == '\n' && line_breaks == LineBreaks::keep) {
            out += '\n';
        } else if (is_invisible(*next.code_point)) {
            out += escaped(*next.code_point);
        } else {
            out.append(text.substr(i, next.length));
        }
        i += next.length;
    }
    return out;
}

bool has_invisible_characters(std::string_view text) {
    return !first_control_character(text).empty();
}

std::string first_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        Decoded next = decode(text, i);
        if (!next.code_point) {
            return fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
        }
        if (is_invisible(*next.code_point)) {
            return escaped(*next.code_point);
        }
        i += next.length;
    }
    return "";
}

} // namespace ladder
