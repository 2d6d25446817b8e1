#include "commands/common.hpp"

#include "check/framework_checks.hpp"
#include "commands/repository_discovery.hpp"
#include "load/criteria_loader.hpp"
#include "load/file_kind.hpp"
#include "load/parallel_parse.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fmt/format.h>
#include <iterator>
#include <ostream>

namespace ladder {

bool is_unreadable_code(std::string_view code) {
    return code == "unreadable-file" || code == "unreadable-path" || code == "out-of-memory" ||
           code == "load-failed";
}

namespace {

// A directory of criteria may hold its test suite, sample evidence and openings too: only the
// criteria files are the framework. A file that is not valid YAML stays (its loader reports
// why); one whose kind cannot be told is an error.
std::vector<SourceText> criteria_files_only(std::vector<SourceText> sources,
                                            const InputLimits& limits, Diagnostics& diagnostics) {
    std::vector<SourceText> kept;
    for (auto& source : sources) {
        DetectedKind detected = detect_file_kind(source, limits);
        if (detected.kind == FileKind::criteria || detected.kind == FileKind::unparsable) {
            source.parsed = std::move(detected.parsed);
            kept.push_back(std::move(source));
        } else if (detected.kind == FileKind::unknown) {
            diagnostics.append(detected.problems);
        }
    }
    return kept;
}

// Past --max-levels or --max-criteria the loader stopped reading: the framework is partial, and
// checking its meaning would only report the levels and criteria it did not read.
bool is_partial(const Diagnostics& diagnostics) {
    const auto& items = diagnostics.items();
    return std::any_of(items.begin(), items.end(), [](const Diagnostic& diagnostic) {
        return diagnostic.code == "too-many-levels" || diagnostic.code == "too-many-criteria" ||
               is_unreadable_code(diagnostic.code);
    });
}

} // namespace

std::vector<SourceText> read_criteria_sources(const std::string& path, const InputLimits& limits,
                                              Diagnostics& diagnostics) {
    auto sources = read_sources(path, limits, diagnostics);
    std::error_code error;
    if (!std::filesystem::is_directory(path, error)) {
        return sources; // a file named as criteria is read as criteria
    }
    return criteria_files_only(std::move(sources), limits, diagnostics);
}

LoadedCriteria load_criteria(const std::optional<std::string>& path, const InputLimits& limits) {
    LoadedCriteria loaded;
    loaded.sources =
        path ? read_criteria_sources(*path, limits, loaded.diagnostics) : embedded_sources();
    for (const auto& diagnostic : loaded.diagnostics.items()) {
        loaded.unreadable = loaded.unreadable || is_unreadable_code(diagnostic.code);
    }
    if (path && loaded.sources.empty() && !loaded.unreadable) {
        loaded.diagnostics.error({*path, 0, 0}, "unreadable-path",
                                 "expected a criteria file or a directory with criteria files, "
                                 "found none");
        loaded.unreadable = true;
    }
    if (loaded.unreadable) {
        return loaded;
    }
    if (!path) {
        attach_embedded_trees(loaded.sources, limits);
    }
    parse_sources_in_parallel(loaded.sources, limits);
    loaded.framework = load_framework(loaded.sources, limits, loaded.diagnostics);
    for (auto& source : loaded.sources) {
        source.parsed.reset(); // the sources stay for the carets under diagnostics, not the trees
    }
    if (is_partial(loaded.diagnostics)) {
        loaded.unreadable =
            loaded.unreadable ||
            std::any_of(
                loaded.diagnostics.items().begin(), loaded.diagnostics.items().end(),
                [](const Diagnostic& diagnostic) { return is_unreadable_code(diagnostic.code); });
        return loaded;
    }
    check_framework(loaded.framework, loaded.diagnostics);
    index_criteria(loaded.framework);
    return loaded;
}

namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
    });
}

} // namespace

bool resolve_target(const Framework& framework, std::optional<std::string>& target,
                    const Console& console) {
    if (!target || framework.find_level(*target)) {
        return true;
    }
    std::vector<std::string> ids = framework.level_ids();
    std::vector<std::string> matches;
    std::copy_if(ids.begin(), ids.end(), std::back_inserter(matches),
                 [&](const std::string& id) { return same_ignoring_case(id, *target); });
    if (matches.size() == 1) {
        target = matches.front();
        return true;
    }
    console.err << fmt::format("ladder: error: --target: unknown level '{}'{}; expected one of "
                               "{}\n",
                               *target, did_you_mean(*target, ids), join(ids, ", "));
    return false;
}

std::optional<LoadedCriteria> load_valid_criteria(const CommonOptions& options,
                                                  const Console& console) {
    auto path = discover_criteria(options, CriteriaSearch::named_only, console);
    LoadedCriteria loaded = load_criteria(path, options.limits);
    if (!loaded.diagnostics.has_errors()) {
        return loaded;
    }
    std::vector<Diagnostic> errors;
    for (const auto& diagnostic : loaded.diagnostics.sorted()) {
        if (diagnostic.severity == Severity::error) {
            errors.push_back(diagnostic);
        }
    }
    console.err << render_diagnostics_text(errors, loaded.sources,
                                           {console.err_style, console.err_is_terminal});
    // A path from the environment is not on the command line: name where it came from, or
    // the reader looks for a --criteria they never gave.
    std::string criteria =
        path && options.criteria && options.criteria_from_environment
            ? fmt::format(" (named by LADDER_CRITERIA={})", visible_text(*options.criteria))
            : "";
    console.err << "ladder: error: the criteria" << criteria << " have errors; run 'ladder validate"
                << (path ? " " + *path : std::string()) << "'\n";
    return std::nullopt;
}

std::optional<Date> parse_as_of(const std::optional<std::string>& text, const Console& console) {
    if (!text) {
        return Date::today();
    }
    auto date = Date::parse(*text);
    if (!date) {
        console.err << "ladder: error: --as-of: expected a calendar date YYYY-MM-DD, found '"
                    << *text << "'\n";
    }
    return date;
}

} // namespace ladder
