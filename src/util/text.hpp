#pragma once
// Small string helpers with nothing ladder-specific in them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// Levenshtein distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible typo.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

std::string join(const std::vector<std::string>& parts, std::string_view separator);

// "1 project" / "2 projects".
std::string plural(long count, std::string_view singular, std::string_view plural_form = {});

// Whether the bytes are well-formed UTF-8; sets *bad_offset to the first bad byte.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

// A number without trailing zeros: 1, 0.5, 2.25.
std::string format_number(double value);

} // namespace ladder
