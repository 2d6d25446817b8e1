#include "commands/validate_command.hpp"

#include "commands/ci_outputs.hpp"
#include "commands/people_facts_input.hpp"
#include "commands/repository_discovery.hpp"
#include "commands/suppressions.hpp"
#include "commands/validate_paths.hpp"
#include "load/file_kind.hpp"
#include "load/source_text.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/junit.hpp"
#include "report/diagnostics/sarif.hpp"
#include "util/file_io.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <ostream>

namespace ladder {

namespace {

// In path order: the files of a path are read kind by kind.
std::vector<std::string> files_checked(const Findings& findings) {
    std::vector<std::string> files;
    for (const auto& source : findings.sources) {
        files.push_back(source.path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string render(const Findings& findings, const std::vector<Diagnostic>& sorted, Format format,
                   Style style) {
    switch (format) {
    case Format::json:
        return render_diagnostics_json(sorted, findings.files);
    case Format::github:
        return render_diagnostics_github(sorted);
    case Format::junit:
        return render_diagnostics_junit(sorted, files_checked(findings));
    case Format::sarif:
        return render_sarif(sorted);
    default:
        return render_diagnostics_text(sorted, findings.sources, {style, style.enabled()});
    }
}

void check_paths(const CommonOptions& common, const PeopleFacts& facts,
                 const ValidateOptions& options, const Date& as_of, Findings& findings) {
    if (!options.paths.empty()) {
        for (const auto& path : options.paths) {
            validate_any_files(path, common, facts, as_of, findings);
        }
    } else if (common.criteria) {
        validate_any_files(*common.criteria, common, facts, as_of, findings);
    } else {
        validate_criteria_files(std::nullopt, common.limits, findings);
    }
}

bool is_yaml_name(const std::filesystem::path& path) {
    return path.extension() == ".yaml" || path.extension() == ".yml";
}

// Whether a YAML file beside `file` (not below: a directory is not searched) is a criteria file.
bool has_criteria_sibling(const std::filesystem::path& file, const InputLimits& limits) {
    std::error_code error;
    std::filesystem::path directory = file.parent_path().empty() ? "." : file.parent_path();
    std::filesystem::directory_iterator entries(directory, error);
    constexpr int most_siblings_read = 64; // a hint is not worth reading a huge directory
    int read = 0;
    for (; !error && entries != std::filesystem::directory_iterator() && read < most_siblings_read;
         entries.increment(error)) {
        const auto& sibling = entries->path();
        if (sibling.filename() == file.filename() || !is_yaml_name(sibling) ||
            !entries->is_regular_file(error)) {
            continue;
        }
        ++read;
        Diagnostics ignored;
        for (const auto& source : read_sources(sibling.string(), limits, ignored)) {
            if (detect_file_kind(source, limits).kind == FileKind::criteria) {
                return true;
            }
        }
    }
    return false;
}

// One file of a framework split over a directory, checked alone, misses the ids its siblings
// define: the errors are real for that file alone, but the check the user meant is the
// directory's. Says so when a lone criteria file with errors has criteria files beside it.
void hint_split_framework(const ValidateOptions& options, const Findings& findings,
                          const CommonOptions& common, const Console& console) {
    if (common.quiet || options.evidence || options.paths.size() != 1 ||
        !findings.diagnostics.has_errors()) {
        return;
    }
    std::error_code error;
    std::filesystem::path file(options.paths.front());
    if (!is_yaml_name(file) || !std::filesystem::is_regular_file(file, error) ||
        !has_criteria_sibling(file, common.limits)) {
        return;
    }
    std::string directory = file.parent_path().empty() ? "." : file.parent_path().string();
    console.err << fmt::format("ladder: {} is one of the criteria files in {}/: to check the "
                               "framework they make together, run 'ladder validate {}/'\n",
                               file.string(), directory, directory);
}

int exit_status(const Diagnostics& diagnostics, bool strict) {
    for (const auto& diagnostic : diagnostics.items()) {
        if (is_unreadable_code(diagnostic.code)) {
            return exit_trouble;
        }
    }
    if (diagnostics.has_errors() || (strict && diagnostics.warning_count() > 0)) {
        return exit_findings;
    }
    return exit_ok;
}

} // namespace

int run_validate(const CommonOptions& common, const ValidateOptions& options,
                 const Console& console) {
    auto outputs = parse_ci_outputs(options.outputs, console);
    if (!outputs) {
        return exit_trouble;
    }
    auto as_of = parse_as_of(options.as_of, console);
    if (!as_of) {
        return exit_trouble;
    }
    Findings findings;
    if (options.evidence) {
        auto criteria = load_valid_criteria(common, console);
        if (!criteria) {
            return exit_trouble;
        }
        auto facts = load_people_facts(common, criteria->framework, console);
        if (!facts) {
            return exit_trouble;
        }
        for (const auto& path : options.paths) {
            validate_evidence_files(path, criteria->framework, *facts, *as_of, common.limits,
                                    findings);
        }
    } else {
        // Evidence found among the paths is checked with the facts --roster and --statements
        // name (none by default: a criteria repository's CI validates its own files).
        PeopleFacts facts;
        if (common.roster || !common.statements.empty()) {
            auto criteria = load_valid_criteria(common, console);
            auto loaded =
                criteria ? load_people_facts(common, criteria->framework, console) : std::nullopt;
            if (!loaded) {
                return exit_trouble;
            }
            facts = std::move(*loaded);
        }
        // With no path, the repository's own criteria (.ladder.yaml, else criteria/).
        CommonOptions discovered = common;
        if (options.paths.empty()) {
            discovered.criteria =
                discover_criteria(common, CriteriaSearch::named_or_default, console);
        }
        check_paths(discovered, facts, options, *as_of, findings);
    }
    auto disabled = options.disabled; // and those .ladder.yaml switches off
    for (auto& code : discover_disabled_checks(common.limits)) {
        disabled.insert(std::move(code));
    }
    findings.diagnostics = without_disabled(findings.diagnostics, disabled, findings.sources);
    auto sorted = findings.diagnostics.sorted();
    Format format = resolve_ci_format(options.format_auto, options.format);
    console.out << render(findings, sorted, format, console.out_style);
    if (format == Format::text && !common.quiet) {
        console.err << diagnostics_summary(sorted, findings.files) << "\n";
    }
    hint_split_framework(options, findings, common, console);
    auto render_as = [&](Format as) {
        return render(findings, sorted, as, Style(false));
    };
    if (write_ci_outputs(*outputs, render_as, console) != exit_ok) {
        return exit_trouble;
    }
    return exit_status(findings.diagnostics, options.strict);
}

} // namespace ladder
