#include "util/utf8.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD"; // U+FFFD

std::size_t lead_byte_length(unsigned char byte) {
    return byte < 0x80           ? 1
           : (byte >> 5) == 0x6  ? 2
           : (byte >> 4) == 0xE  ? 3
           : (byte >> 3) == 0x1E ? 4
                                 : 0;
}

template <typename OnInvalid>
std::string map_invalid_bytes(std::string_view text, OnInvalid on_invalid) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += on_invalid(static_cast<unsigned char>(text[i]));
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

} // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t offset) {
    std::size_t length = lead_byte_length(static_cast<unsigned char>(text[offset]));
    if (length == 0 || offset + length > text.size()) {
        return 0;
    }
    for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[offset + k]) >> 6) != 0x2) {
            return 0;
        }
    }
    char32_t code = utf8_code_point(text, offset, length);
    bool overlong = (length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
                    (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return 0;
    }
    return length;
}

char32_t utf8_code_point(std::string_view text, std::size_t offset, std::size_t length) {
    auto lead = static_cast<unsigned char>(text[offset]);
    char32_t code = length == 1 ? lead : lead & (0xFFu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        code = (code << 6) | (static_cast<unsigned char>(text[offset + k]) & 0x3Fu);
    }
    return code;
}

std::string replace_invalid_utf8(std::string_view text) {
    return map_invalid_bytes(text, [](unsigned char) { return replacement_character; });
}

std::string escape_invalid_utf8(std::string_view text) {
    return map_invalid_bytes(text,
                             [](unsigned char byte) { return fmt::format("\\x{:02x}", byte); });
}

} // namespace ladder
