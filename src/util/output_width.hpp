#pragma once
// How wide a text report may be: the terminal's width on a terminal, `COLUMNS` when it is set
// (a script can ask for a width), else 100 columns for files and pipes, so that saved reports
// and tests do not depend on the window they were made in.

#include <cstddef>
#include <cstdio>
#include <optional>

namespace ladder {

inline constexpr std::size_t default_output_width = 100;
// Narrower than this, a report is unreadable anyway; wider, lines of prose are hard to follow.
inline constexpr std::size_t min_output_width = 40;
inline constexpr std::size_t max_output_width = 200;

// The width a reader asked for: `COLUMNS` when it is set, else the terminal's, kept within
// min..max_output_width; none in a file or a pipe without `COLUMNS`. A report with fixed
// widths of its own (the batch table) keeps them then.
std::optional<std::size_t> requested_output_width(std::FILE* stream);

// The requested width, else default_output_width.
std::size_t output_width(std::FILE* stream);

} // namespace ladder
