#pragma once
// Switching checks off by diagnostic code, as linters do: for a whole run (`--disable CODE`)
// or for one line, with a comment on that line: `# ladder: disable=CODE[,CODE...]`.
// Problems that stop a file from being read at all are never switched off.

#include "load/source_text.hpp"
#include "util/diagnostic.hpp"

#include <set>
#include <string>
#include <vector>

namespace ladder {

// The codes a `# ladder: disable=...` comment in `line` switches off.
std::set<std::string> codes_disabled_on_line(std::string_view line);

// `diagnostics` without those whose code is in `disabled` or disabled on their own line.
Diagnostics without_disabled(const Diagnostics& diagnostics, const std::set<std::string>& disabled,
                             const std::vector<SourceText>& sources);

} // namespace ladder
