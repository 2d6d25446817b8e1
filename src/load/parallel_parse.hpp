#pragma once
// Parsing a framework's files on two threads before they are loaded. Parsing is most of a
// framework's load (the built-in one's 51 KB of YAML: about two thirds of `ladder evaluate`
// of one person), and files parse independently; loading them stays in order, on one thread.

#include "load/source_text.hpp"
#include "yaml/limits.hpp"

#include <vector>

namespace ladder {

// Parses each source not parsed yet (`parsed` null) into `parsed`, about half of the bytes on a
// second thread. The loader then walks these trees (load/source_tree) with the same
// diagnostics, in the same order, as if it had parsed them itself; a source whose parse threw
// is left unparsed, for the loader to parse and report.
void parse_sources_in_parallel(std::vector<SourceText>& sources, const InputLimits& limits);

} // namespace ladder
