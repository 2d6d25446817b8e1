#include "commands/repository_discovery.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <ostream>

namespace ladder {

namespace fs = std::filesystem;

namespace {

// The conventional place of a criteria repository's framework, relative to where ladder runs.
constexpr const char* conventional_criteria_directory = "criteria";

} // namespace

std::optional<ProjectConfig> nearest_project_config(const InputLimits& limits) {
    auto found = find_project_config(".");
    if (!found) {
        return std::nullopt;
    }
    Diagnostics ignored; // reported by the roster and statements reader, which reads it too
    return load_project_config(*found, limits, ignored);
}

std::string discover_test_path(const CommonOptions& common, const Console& console) {
    if (auto config = nearest_project_config(common.limits); config && config->tests) {
        if (!common.quiet) {
            console.err << fmt::format("ladder: tests from {} (named by {})\n", *config->tests,
                                       config->path);
        }
        return *config->tests;
    }
    return ".";
}

int discover_min_group(const InputLimits& limits, int fallback) {
    auto config = nearest_project_config(limits);
    return config && config->min_group ? *config->min_group : fallback;
}

std::vector<std::string> discover_disabled_checks(const InputLimits& limits) {
    auto config = nearest_project_config(limits);
    return config ? config->disable : std::vector<std::string>{};
}

std::optional<std::string> discover_criteria(const CommonOptions& common, CriteriaSearch search,
                                             const Console& console) {
    if (common.criteria) {
        return common.criteria;
    }
    auto note = [&](const std::string& text) {
        if (!common.quiet) {
            console.err << "ladder: " << text << "\n";
        }
    };
    if (auto config = nearest_project_config(common.limits); config && config->criteria) {
        note(fmt::format("criteria from {} (named by {})", *config->criteria, config->path));
        return config->criteria;
    }
    if (search == CriteriaSearch::named_only) {
        return std::nullopt;
    }
    std::error_code error;
    if (fs::is_directory(conventional_criteria_directory, error)) {
        note(fmt::format("criteria from {}/", conventional_criteria_directory));
        return std::string(conventional_criteria_directory) + "/";
    }
    note("no .ladder.yaml names criteria and there is no criteria/ here: checking the built-in "
         "framework (name yours: ladder validate PATH, or `criteria:` in .ladder.yaml)");
    return std::nullopt;
}

} // namespace ladder
