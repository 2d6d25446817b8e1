#include "util/column_width.hpp"

#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <iterator>

namespace ladder {

namespace {

constexpr std::string_view ellipsis = "\xE2\x80\xA6"; // U+2026, one column

struct Range {
    char32_t first;
    char32_t last;
};

// Unicode's East_Asian_Width W and F blocks, summarised by block as terminals (wcwidth) treat
// them; sorted, for a binary search.
constexpr std::array wide_ranges = {
    Range{0x1100, 0x115F},   Range{0x231A, 0x231B},   Range{0x2329, 0x232A},
    Range{0x23E9, 0x23EC},   Range{0x23F0, 0x23F0},   Range{0x23F3, 0x23F3},
    Range{0x25FD, 0x25FE},   Range{0x2614, 0x2615},   Range{0x2648, 0x2653},
    Range{0x267F, 0x267F},   Range{0x2693, 0x2693},   Range{0x26A1, 0x26A1},
    Range{0x26AA, 0x26AB},   Range{0x26BD, 0x26BE},   Range{0x26C4, 0x26C5},
    Range{0x26CE, 0x26CE},   Range{0x26D4, 0x26D4},   Range{0x26EA, 0x26EA},
    Range{0x26F2, 0x26F3},   Range{0x26F5, 0x26F5},   Range{0x26FA, 0x26FA},
    Range{0x26FD, 0x26FD},   Range{0x2705, 0x2705},   Range{0x270A, 0x270B},
    Range{0x2728, 0x2728},   Range{0x274C, 0x274C},   Range{0x274E, 0x274E},
    Range{0x2753, 0x2755},   Range{0x2757, 0x2757},   Range{0x2795, 0x2797},
    Range{0x27B0, 0x27B0},   Range{0x27BF, 0x27BF},   Range{0x2B1B, 0x2B1C},
    Range{0x2B50, 0x2B50},   Range{0x2B55, 0x2B55},   Range{0x2E80, 0x303E},
    Range{0x3041, 0x33FF},   Range{0x3400, 0x4DBF},   Range{0x4E00, 0x9FFF},
    Range{0xA000, 0xA4CF},   Range{0xA960, 0xA97F},   Range{0xAC00, 0xD7A3},
    Range{0xF900, 0xFAFF},   Range{0xFE10, 0xFE19},   Range{0xFE30, 0xFE6F},
    Range{0xFF00, 0xFF60},   Range{0xFFE0, 0xFFE6},   Range{0x16FE0, 0x16FE4},
    Range{0x17000, 0x18CFF}, Range{0x1B000, 0x1B2FF}, Range{0x1F004, 0x1F004},
    Range{0x1F0CF, 0x1F0CF}, Range{0x1F18E, 0x1F18E}, Range{0x1F191, 0x1F19A},
    Range{0x1F200, 0x1F251}, Range{0x1F300, 0x1F64F}, Range{0x1F680, 0x1F6FF},
    Range{0x1F7E0, 0x1F7EB}, Range{0x1F90C, 0x1F9FF}, Range{0x1FA70, 0x1FAFF},
    Range{0x20000, 0x2FFFD}, Range{0x30000, 0x3FFFD},
};

// Combining marks and zero-width characters: drawn on the cell before them, or not at all.
constexpr std::array zero_ranges = {
    Range{0x0300, 0x036F}, Range{0x0483, 0x0489}, Range{0x0591, 0x05BD},   Range{0x0610, 0x061A},
    Range{0x064B, 0x065F}, Range{0x1AB0, 0x1AFF}, Range{0x1DC0, 0x1DFF},   Range{0x200B, 0x200F},
    Range{0x202A, 0x202E}, Range{0x2060, 0x2064}, Range{0x20D0, 0x20FF},   Range{0xFE00, 0xFE0F},
    Range{0xFE20, 0xFE2F}, Range{0xFEFF, 0xFEFF}, Range{0xE0100, 0xE01EF},
};

template <std::size_t N> bool in_ranges(const std::array<Range, N>& ranges, char32_t code_point) {
    auto it =
        std::upper_bound(ranges.begin(), ranges.end(), code_point,
                         [](char32_t value, const Range& range) { return value < range.first; });
    return it != ranges.begin() && code_point <= std::prev(it)->last;
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
    if (in_ranges(zero_ranges, code_point)) {
        return 0;
    }
    return in_ranges(wide_ranges, code_point) ? 2 : 1;
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
