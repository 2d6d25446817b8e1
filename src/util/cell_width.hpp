#pragma once
// How many terminal cells a character takes: East Asian wide and fullwidth characters (and the
// emoji terminals draw wide) take two, combining marks and zero-width characters none, the rest
// one. Aligned text columns count with this, so a name in Japanese keeps its table aligned.

namespace ladder {

int cell_width(char32_t code_point);

} // namespace ladder
