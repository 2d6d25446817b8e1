#pragma once
// What every command shares: the options common to all, where output goes, and loading the
// framework (from --criteria or the embedded one) with its checks.

#include "load/source_text.hpp"
#include "model/framework.hpp"
#include "report/common/format.hpp"
#include "util/date.hpp"
#include "util/output_width.hpp"
#include "util/terminal.hpp"
#include "yaml/limits.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// Exit statuses, in the grep/diff convention.
inline constexpr int exit_ok = 0;
inline constexpr int exit_findings = 1; // validate: errors found; evaluate: someone not ready
inline constexpr int exit_trouble = 2;  // unreadable input, invalid evidence, usage error

struct CommonOptions {
    std::optional<std::string> criteria;    // file or directory; none: the embedded framework
    bool criteria_from_environment = false; // `criteria` is LADDER_CRITERIA, not --criteria
    // Facts about people from outside their files (commands that read people): the roster and
    // statements files or directories; none given: those a `.ladder.yaml` names, if any.
    std::optional<std::string> roster;
    std::vector<std::string> statements;
    ColorMode color = ColorMode::automatic;
    bool quiet = false;
    InputLimits limits;
};

// The streams a command writes to, and whether each may be coloured.
struct Console {
    std::ostream& out;
    std::ostream& err;
    Style out_style;
    Style err_style;
    bool err_is_terminal = false;
    std::size_t out_width = default_output_width; // text reports wrap to it (util/output_width)
};

struct LoadedCriteria {
    Framework framework;
    std::vector<SourceText> sources;
    Diagnostics diagnostics;
    bool unreadable = false; // a path could not be read: trouble, not a finding
};

// The criteria files of PATH: the file itself, or the files of a directory that are criteria
// files by their keys (see load/file_kind.hpp).
std::vector<SourceText> read_criteria_sources(const std::string& path, const InputLimits& limits,
                                              Diagnostics& diagnostics);

LoadedCriteria load_criteria(const std::optional<std::string>& path, const InputLimits& limits);

// --target as the framework spells it: the level id itself, or the one id it matches ignoring
// case (`ic4` is IC4). False, after printing the closest ids, when it names no level.
bool resolve_target(const Framework& framework, std::optional<std::string>& target,
                    const Console& console);

// Loads the framework for a command that needs a valid one; prints its errors and returns
// nullopt if it has any.
std::optional<LoadedCriteria> load_valid_criteria(const CommonOptions& options,
                                                  const Console& console);

// Parses --as-of; nullopt (after printing why) if it is not a calendar date.
std::optional<Date> parse_as_of(const std::optional<std::string>& text, const Console& console);

// Codes of diagnostics that mean an input could not be read at all.
bool is_unreadable_code(std::string_view code);

} // namespace ladder
