#pragma once
// YAML criteria files -> Framework. Structure problems (types, keys, missing fields) are
// reported here; problems of meaning across the framework are the job of check/.

#include "load/source_text.hpp"
#include "model/framework.hpp"
#include "yaml/limits.hpp"

namespace ladder {

// Loads a framework from one or more files (the sections of several files are merged).
// Always returns what could be read, so that the validator can report every problem.
Framework load_framework(const std::vector<SourceText>& sources, const InputLimits& limits,
                         Diagnostics& diagnostics);

} // namespace ladder
