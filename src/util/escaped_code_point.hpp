#pragma once
// One character as the escape a reader can type back: \t, \n, \r, \xNN below U+0080, else
// \uNNNN. Shared by visible_text (controls and bidi overrides) and invisible_characters.

#include <string>

namespace ladder {

std::string escaped_code_point(char32_t code);

} // namespace ladder
