#pragma once
// Small string helpers with nothing ladder-specific in them.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// Edit distance for "did you mean" suggestions: insertions, deletions, substitutions and swaps
// of two neighbouring characters each count as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible typo: the same word
// in other case, a few edits away (case ignored), or its abbreviation or long form (`min`,
// `minimum`).
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// " (did you mean 'x'?)", " (the highest is 'IC7')" for a number past the end of a numbered
// series (`IC9`), or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// ASCII letters in lower case, other bytes as they are: ids that differ only in case.
std::string to_lower(std::string_view text);

// "1 project" / "2 projects".
std::string plural(long count, std::string_view singular, std::string_view plural_form = {});

// Whether the bytes are well-formed UTF-8; sets *bad_offset to the first bad byte.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

// `text` cut to at most `max_bytes` bytes (at a character boundary), ending in "..." when cut.
std::string shorten_text(std::string_view text, std::size_t max_bytes);

// A number without trailing zeros: 1, 0.5, 2.25.
std::string format_number(double value);

} // namespace ladder

namespace ladder {

// Each line of `text` through `render`, joined again with line breaks; lines after the first
// start with `indent` unless empty. Trailing line breaks are dropped.
std::string map_lines(std::string_view text, std::string_view indent,
                      const std::function<std::string(std::string_view)>& render);

// Wraps `text` at `width` columns; lines after the first start with `indent` spaces. Control
// characters are shown escaped (util/visible_text). Line breaks in the text are kept and
// indented too (a numbered or bulleted list stays a list), and the wrapped lines of a list item
// line up under its text.
std::string wrap_text(std::string_view text, std::size_t width, std::size_t indent);

// 96 from 0.96, rounded down: 99.6% must never read as 100%.
int whole_percent(double share);
// "96%" from 0.96, rounded down the same way.
std::string percent(double share);

// Pads with spaces to `width` display columns (UTF-8 aware).
std::string pad_right(std::string_view text, std::size_t width);
std::size_t display_width(std::string_view text);

} // namespace ladder
