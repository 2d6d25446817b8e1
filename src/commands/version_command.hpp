#pragma once
// `ladder --version`: the program's version (CMake's project version, the one number of a
// release) and the framework built into the binary, since the built-in framework changes
// verdicts as much as the program does.

#include <string>

namespace ladder {

// "ladder 0.1.0\nbuilt-in framework: engineering 2026.1\n"
std::string version_text();

} // namespace ladder
