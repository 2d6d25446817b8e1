#pragma once
// Plain-text tables for people: aligned columns, and no line wider than the reader's width.

#include <cstddef>
#include <string>
#include <vector>

namespace ladder {

using TextRows = std::vector<std::vector<std::string>>; // the header first

// The rows in aligned columns two spaces apart. A table wider than `width` is not cut: the
// columns after the first `key_columns` continue in further blocks below, each repeating the
// key columns and the header, so every cell is still there and still read against its row.
std::string text_table(const TextRows& rows, std::size_t width, std::size_t key_columns);

} // namespace ladder
