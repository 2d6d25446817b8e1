#pragma once
// `ladder validate [PATH...]`: every problem of criteria, evidence, test-suite and openings
// files, in one run, in one or several formats.

#include "commands/common.hpp"

#include <set>
#include <string>
#include <vector>

namespace ladder {

struct ValidateOptions {
    std::vector<std::string> paths; // any YAML files; with --evidence, evidence files or dirs
    bool evidence = false;
    std::optional<std::string> as_of;
    Format format = Format::text;
    bool format_auto = false;       // --format auto: github in GitHub Actions, text elsewhere
    bool strict = false;            // warnings fail too (exit 1)
    std::set<std::string> disabled; // --disable CODE
    // --output FORMAT=FILE: the same findings written to FILE, beside stdout's.
    std::vector<std::string> outputs;
};

int run_validate(const CommonOptions& common, const ValidateOptions& options,
                 const Console& console);

} // namespace ladder
