#pragma once
// `ladder template LEVEL`: print an evidence-file skeleton for a target level.

#include "commands/common.hpp"

namespace ladder {

struct TemplateOptions {
    std::string level;
};

int run_template(const CommonOptions& common, const TemplateOptions& options,
                 const Console& console);

} // namespace ladder
