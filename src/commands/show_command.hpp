#pragma once
// `ladder show [TRACK|LEVEL]`: the framework as people read it.

#include "commands/common.hpp"

namespace ladder {

struct ShowOptions {
    std::optional<std::string> what; // a track id or a level id
    Format format = Format::text;
    // --ids KIND: only the ids of the framework's levels, tracks or competencies, or the batch
    // columns and summary fields with its labels, one a line (what the shell completions offer).
    std::optional<std::string> ids;
};

int run_show(const CommonOptions& common, const ShowOptions& options, const Console& console);

} // namespace ladder
