#pragma once
// `ladder init [DIR]`: scaffolds a criteria repository that passes its own checks at once: the
// built-in framework as criteria/ to edit, its test suite as tests/, .ladder.yaml naming both,
// the CI workflow and a pre-commit configuration.

#include "commands/common.hpp"

#include <string>

namespace ladder {

struct InitOptions {
    std::string directory = ".";
};

// Exit status: 0 written, 2 trouble (a file it would write exists already: nothing is written;
// a file could not be written).
int run_init(const CommonOptions& common, const InitOptions& options, const Console& console);

} // namespace ladder
