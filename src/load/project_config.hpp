#pragma once
// `.ladder.yaml`: what a repository states once for every command run inside it, so that no
// one has to remember the flags: where the criteria and their tests are, the roster and the
// statements (paths relative to the file), the checks it switches off and the smallest group
// a summary shows.
// Found in the current directory or the nearest parent, up to the repository's root (the
// directory holding `.git`).

#include "util/diagnostic.hpp"
#include "yaml/limits.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct ProjectConfig {
    std::string path;                    // the .ladder.yaml itself
    std::optional<std::string> criteria; // the default of --criteria
    std::optional<std::string> tests;    // the default path of `ladder test`
    std::optional<std::string> roster;
    std::vector<std::string> statements;
    std::vector<std::string> disable; // validate: added to --disable
    std::optional<int> min_group;     // batch, diff: the default of --min-group
};

// The nearest `.ladder.yaml` from `start` up to the repository root, if any.
std::optional<std::filesystem::path> find_project_config(const std::filesystem::path& start);

// Reads it; problems go to `diagnostics` (nullopt when it has errors).
std::optional<ProjectConfig> load_project_config(const std::filesystem::path& path,
                                                 const InputLimits& limits,
                                                 Diagnostics& diagnostics);

} // namespace ladder
