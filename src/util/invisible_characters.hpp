#pragma once
// Characters a reader cannot see or cannot tell from a space: tabs and other controls, the
// no-break and other Unicode spaces, zero-width characters and bidirectional marks. Pasted
// from a document or a chat into a key or an id, they make two texts that look the same
// differ; a message about one must say which character it holds and show where.

#include <string>
#include <string_view>

namespace ladder {

// "U+00A0 NO-BREAK SPACE", "U+0009 CHARACTER TABULATION"; empty for a character anyone sees.
std::string invisible_character_name(char32_t code);

// The names of the distinct invisible characters of `text`, in order of first appearance,
// joined with ", "; empty if there are none.
std::string invisible_character_names(std::string_view text);

// `text` with each invisible character written as an escape ("\u00a0", "\t"), so that a key
// or an id quoted in a message shows what it holds. Invalid UTF-8 bytes become "\xNN".
std::string with_invisible_characters_escaped(std::string_view text);

// `text` without its invisible characters: what the writer meant, for a "did you mean".
std::string without_invisible_characters(std::string_view text);

// " (it holds U+00A0 NO-BREAK SPACE)" when `text` holds invisible characters, else empty.
std::string invisible_characters_note(std::string_view text);

} // namespace ladder
