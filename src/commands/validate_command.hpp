#pragma once
// `ladder validate [PATH...]`: every problem of criteria (or, with --evidence, evidence)
// files, in one run.

#include "commands/common.hpp"

#include <string>
#include <vector>

namespace ladder {

struct ValidateOptions {
    std::vector<std::string> paths; // criteria paths; with --evidence, evidence files or dirs
    bool evidence = false;
    std::optional<std::string> as_of;
    Format format = Format::text;
};

int run_validate(const CommonOptions& common, const ValidateOptions& options,
                 const Console& console);

} // namespace ladder
