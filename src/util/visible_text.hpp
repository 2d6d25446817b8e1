#pragma once
// Text from input files made safe to show on a terminal or in plain text and Markdown: every
// control character and every character that reorders text (bidirectional overrides, isolates
// and marks) is written as a visible escape, so a value cannot move the cursor, recolour or
// clear the screen, overwrite or forge a line, or display in another order than it is stored.

#include <string>
#include <string_view>

namespace ladder {

enum class LineBreaks {
    escape, // single-line values (names, titles, paths): "\n" is shown as the two characters \n
    keep,   // multi-line values (descriptions, guidance): line breaks stay line breaks
};

// "\x1b" for ESC, "\u202e" for RIGHT-TO-LEFT OVERRIDE; a backslash in the text stays as it
// is. Invalid UTF-8 bytes are shown as "\xNN".
std::string visible_text(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);

// Whether `text` holds a character that visible_text would escape (line breaks included).
bool has_invisible_characters(std::string_view text);

// The first control character of `text` (line breaks included) as "\n", "\x1b", "\u202e";
// empty if there is none. For diagnostics that say what was found.
std::string first_control_character(std::string_view text);

} // namespace ladder
