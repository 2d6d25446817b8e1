#pragma once
// Bytes that are not UTF-8 (a file name on a Latin-1 disk, a truncated string) made safe for
// outputs that must be UTF-8: JSON and XML get U+FFFD in their place, text shows them escaped
// so that a reader sees which bytes they were.

#include <cstddef>
#include <string>
#include <string_view>

namespace ladder {

// The length of the well-formed UTF-8 sequence at `offset` (1 to 4), or 0 if the byte there
// does not start one (a stray continuation byte, an overlong form, a surrogate, a cut-off end).
std::size_t utf8_sequence_length(std::string_view text, std::size_t offset);

// The code point of the well-formed sequence of `length` bytes at `offset`.
char32_t utf8_code_point(std::string_view text, std::size_t offset, std::size_t length);

// Each byte that is not part of a well-formed sequence becomes U+FFFD.
std::string replace_invalid_utf8(std::string_view text);

// Each byte that is not part of a well-formed sequence becomes "\xNN" (two hex digits).
std::string escape_invalid_utf8(std::string_view text);

} // namespace ladder
