#pragma once
// Finding a criteria repository's files when the command line does not name them: what the
// nearest .ladder.yaml says (see load/project_config.hpp), else the conventional `criteria/`
// directory, and only then the built-in framework. Each choice is said on stderr (unless
// --quiet), so that nobody mistakes a check of the built-in framework for a check of theirs.

#include "commands/common.hpp"
#include "load/project_config.hpp"

#include <optional>
#include <string>

namespace ladder {

// The nearest .ladder.yaml, read; nullopt when there is none or it has errors (those are
// reported where the roster and statements are read, commands/people_facts_input).
std::optional<ProjectConfig> nearest_project_config(const InputLimits& limits);

enum class CriteriaSearch {
    named_only,       // the people commands: only criteria a .ladder.yaml names
    named_or_default, // validate: also ./criteria, and a note before the built-in framework
};

// The suite path of `ladder test` given none: what .ladder.yaml names, else ".".
std::string discover_test_path(const CommonOptions& common, const Console& console);

// --min-group given none: what .ladder.yaml names, else `fallback`.
int discover_min_group(const InputLimits& limits, int fallback);

// The checks .ladder.yaml switches off, added to validate's --disable.
std::vector<std::string> discover_disabled_checks(const InputLimits& limits);

// The criteria a command without --criteria (or LADDER_CRITERIA) uses: a path, or nullopt for
// the built-in framework.
std::optional<std::string> discover_criteria(const CommonOptions& common, CriteriaSearch search,
                                             const Console& console);

} // namespace ladder
