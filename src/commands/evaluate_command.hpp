#pragma once
// `ladder evaluate FILE...`: the detailed gap report for each person.

#include "commands/common.hpp"

#include <string>
#include <vector>

namespace ladder {

struct EvaluateOptions {
    std::vector<std::string> files;
    std::optional<std::string> target;
    std::optional<std::string> as_of;
    Format format = Format::text;
    std::string explain; // "" (none), "near" (--explain) or "all" (--explain=all)
};

int run_evaluate(const CommonOptions& common, const EvaluateOptions& options,
                 const Console& console);

} // namespace ladder
