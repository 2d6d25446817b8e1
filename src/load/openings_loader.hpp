#pragma once
// An openings file -> OpeningsFile. Its own structure is checked here (keys, types, duplicate
// ids); check/openings_checks.hpp checks its levels against a framework.

#include "load/source_text.hpp"
#include "model/openings.hpp"
#include "yaml/limits.hpp"

#include <optional>

namespace ladder {

// nullopt when the file cannot be read as an openings file at all; otherwise the openings that
// could be read (the caller treats any error in the diagnostics as trouble).
std::optional<OpeningsFile> load_openings(const SourceText& source, const InputLimits& limits,
                                          Diagnostics& diagnostics);

} // namespace ladder
