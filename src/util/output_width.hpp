#pragma once
// How wide a text report may be: the terminal's width on a terminal, `COLUMNS` when it is set
// (a script can ask for a width), else 100 columns for files and pipes, so that saved reports
// and tests do not depend on the window they were made in.

#include <cstddef>
#include <cstdio>

namespace ladder {

inline constexpr std::size_t default_output_width = 100;
// Narrower than this, a report is unreadable anyway; wider, lines of prose are hard to follow.
inline constexpr std::size_t min_output_width = 40;
inline constexpr std::size_t max_output_width = 200;

std::size_t output_width(std::FILE* stream);

} // namespace ladder
