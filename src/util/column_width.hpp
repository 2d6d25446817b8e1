#pragma once
// How many terminal columns text takes, and text cut to fit a column: for tables whose column
// widths are fixed before the rows are seen (a streamed table cannot measure its rows first).

#include <cstddef>
#include <string>
#include <string_view>

namespace ladder {

// 2 for East Asian wide and fullwidth characters (CJK, Hangul, fullwidth forms, most emoji),
// 0 for combining marks and zero-width characters, 1 otherwise.
std::size_t code_point_columns(char32_t code_point);

// The columns `text` takes on a terminal; ANSI colour sequences take none, and a byte that is
// not UTF-8 takes one (visible_text shows it as an escape anyway).
std::size_t text_columns(std::string_view text);

// `text` if it fits in `width` columns; otherwise cut at a character boundary so that it and
// an ellipsis ("…") fit. Text with colour sequences must be fitted before it is coloured.
std::string fit_to_columns(std::string_view text, std::size_t width);

} // namespace ladder
