#include "util/column_width.hpp"

#include "util/utf8.hpp"

namespace ladder {

namespace {

constexpr std::string_view ellipsis = "\xE2\x80\xA6"; // U+2026, one column

bool in(char32_t c, char32_t first, char32_t last) {
    return c >= first && c <= last;
}

bool is_zero_width(char32_t c) {
    return in(c, 0x0300, 0x036F) || in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) ||
           in(c, 0x200B, 0x200F) || in(c, 0x20D0, 0x20FF) || in(c, 0xFE00, 0xFE0F) ||
           in(c, 0xFE20, 0xFE2F) || c == 0xFEFF;
}

bool is_wide(char32_t c) {
    return in(c, 0x1100, 0x115F) || in(c, 0x2E80, 0x303E) || in(c, 0x3041, 0x33FF) ||
           in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xA000, 0xA4CF) ||
           in(c, 0xAC00, 0xD7A3) || in(c, 0xF900, 0xFAFF) || in(c, 0xFE30, 0xFE4F) ||
           in(c, 0xFF00, 0xFF60) || in(c, 0xFFE0, 0xFFE6) || in(c, 0x1F300, 0x1F64F) ||
           in(c, 0x1F900, 0x1F9FF) || in(c, 0x20000, 0x3FFFD);
}

// Calls on_piece(offset, length, columns) for each piece of `text`: a character, a byte that is
// not UTF-8, or a whole ANSI colour sequence (zero columns).
template <typename OnPiece> void for_each_piece(std::string_view text, OnPiece on_piece) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '\x1b') {
            std::size_t end = text.find('m', i);
            end = end == std::string_view::npos ? text.size() : end + 1;
            on_piece(i, end - i, 0);
            i = end;
            continue;
        }
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            on_piece(i, 1, 1);
            ++i;
            continue;
        }
        on_piece(i, length, code_point_columns(utf8_code_point(text, i, length)));
        i += length;
    }
}

} // namespace

std::size_t code_point_columns(char32_t code_point) {
    if (is_zero_width(code_point)) {
        return 0;
    }
    return is_wide(code_point) ? 2 : 1;
}

std::size_t text_columns(std::string_view text) {
    std::size_t columns = 0;
    for_each_piece(text, [&](std::size_t, std::size_t, std::size_t width) { columns += width; });
    return columns;
}

std::string fit_to_columns(std::string_view text, std::size_t width) {
    if (text_columns(text) <= width) {
        return std::string(text);
    }
    if (width == 0) {
        return {};
    }
    std::size_t room = width - 1; // for the ellipsis
    std::size_t used = 0;
    std::size_t cut = 0;
    bool full = false;
    for_each_piece(text, [&](std::size_t offset, std::size_t length, std::size_t columns) {
        if (full || used + columns > room) {
            full = true;
            return;
        }
        used += columns;
        cut = offset + length;
    });
    return std::string(text.substr(0, cut)) + std::string(ellipsis);
}

} // namespace ladder
