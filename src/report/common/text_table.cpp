#include "report/common/text_table.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace ladder {

namespace {

constexpr std::size_t gap = 2;

std::vector<std::size_t> column_widths(const TextRows& rows) {
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }
    return widths;
}

// The other columns, packed in order into blocks that fit beside the key columns; a column too
// wide for any block gets one of its own.
std::vector<std::vector<std::size_t>> column_blocks(const std::vector<std::size_t>& widths,
                                                    std::size_t width, std::size_t keys) {
    std::size_t key_width = 0;
    for (std::size_t i = 0; i < keys; ++i) {
        key_width += widths[i] + gap;
    }
    std::vector<std::vector<std::size_t>> blocks;
    std::size_t used = width; // forces a first block
    for (std::size_t i = keys; i < widths.size(); ++i) {
        if (blocks.empty() || used + widths[i] > width) {
            blocks.emplace_back();
            used = key_width;
        }
        blocks.back().push_back(i);
        used += widths[i] + gap;
    }
    return blocks;
}

std::string render_block(const TextRows& rows, const std::vector<std::size_t>& widths,
                         std::size_t keys, const std::vector<std::size_t>& columns) {
    std::vector<std::size_t> shown(columns);
    for (std::size_t i = keys; i-- > 0;) {
        shown.insert(shown.begin(), i);
    }
    std::string out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t n = 0; n < shown.size(); ++n) {
            // Appended piece by piece: `"  " + std::string` trips GCC 12's -Wrestrict false
            // positive (GCC bug 105651) in Release builds.
            line += n ? "  " : "";
            line += pad_right(shown[n] < row.size() ? row[shown[n]] : "", widths[shown[n]]);
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    }
    return out;
}

} // namespace

std::string text_table(const TextRows& rows, std::size_t width, std::size_t key_columns) {
    if (rows.empty()) {
        return {};
    }
    std::vector<std::size_t> widths = column_widths(rows);
    std::size_t keys = std::min(key_columns, widths.size());
    std::vector<std::vector<std::size_t>> blocks = column_blocks(widths, width, keys);
    if (blocks.empty()) {
        blocks.emplace_back();
    }
    std::string out;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        out += b ? "\n" : "";
        out += render_block(rows, widths, keys, blocks[b]);
    }
    return out;
}

} // namespace ladder
