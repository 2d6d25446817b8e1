#include "fuzz_entries.hpp"

#include "check/evidence_checks.hpp"
#include "check/framework_checks.hpp"
#include "eval/evaluation.hpp"
#include "load/criteria_loader.hpp"
#include "load/evidence_loader.hpp"
#include "load/file_kind.hpp"
#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_privacy.hpp"
#include "report/batch/batch_row.hpp"
#include "report/batch/batch_summary.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/junit.hpp"
#include "report/diagnostics/sarif.hpp"
#include "report/framework/framework_view.hpp"
#include "report/person/evaluation_html.hpp"
#include "report/person/evaluation_json.hpp"
#include "report/person/evaluation_markdown.hpp"
#include "report/person/evaluation_text.hpp"
#include "util/json_text.hpp"
#include "util/output_width.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace ladder::fuzz {

namespace {

constexpr std::string_view file_separator = "\n#@file\n";
constexpr std::size_t max_files = 8;

// A person every clean framework can be asked about: only the level and track vary.
constexpr std::string_view probe_person = R"(person: {id: P1, name: Probe Person}
track: TRACK
level: LEVEL
in_level_since: 2024-03-01
interests: [TRACK]
evidence:
  - {id: e1, type: project, title: A project, date: 2025-06-30, role: lead, scope: org}
)";

Date fixed_as_of() {
    return *Date::from_ymd(2026, 11, 1);
}

std::vector<SourceText> split_sources(std::string_view input) {
    std::vector<SourceText> sources;
    while (sources.size() + 1 < max_files) {
        auto end = input.find(file_separator);
        if (end == std::string_view::npos) {
            break;
        }
        sources.push_back({"criteria" + std::to_string(sources.size()) + ".yaml",
                           std::string(input.substr(0, end))});
        input.remove_prefix(end + file_separator.size());
    }
    sources.push_back({"criteria" + std::to_string(sources.size()) + ".yaml", std::string(input)});
    return sources;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

void render_diagnostics(const Diagnostics& diagnostics, const std::vector<SourceText>& sources) {
    auto sorted = diagnostics.sorted();
    std::vector<std::string> files;
    for (const auto& source : sources) {
        files.push_back(source.path);
    }
    (void)render_diagnostics_text(sorted, sources, {Style(true), true});
    (void)render_diagnostics_json(sorted, sources.size());
    (void)render_diagnostics_github(sorted);
    (void)render_sarif(sorted);
    (void)render_diagnostics_junit(sorted, files);
}

void evaluate_probe(const Framework& framework) {
    if (framework.levels.empty()) {
        return;
    }
    const Level& level = framework.levels.front();
    std::string text = replace_all(std::string(probe_person), "TRACK", level.track.id);
    text = replace_all(std::move(text), "LEVEL", level.id);
    Diagnostics diagnostics;
    auto person = load_person({"probe.yaml", text}, {}, diagnostics);
    if (!person) {
        return;
    }
    check_person(framework, *person, fixed_as_of(), diagnostics);
    if (!diagnostics.has_errors()) {
        (void)render_evaluation_text(
            framework, evaluate_person(framework, *person, fixed_as_of(), std::nullopt),
            {Style(false), Explain::all});
    }
}

const Framework& shipped_framework() {
    static const Framework framework = [] {
        Diagnostics diagnostics;
        return load_framework(embedded_sources(), {}, diagnostics);
    }();
    return framework;
}

struct CheckedPerson {
    SourceText source;
    std::optional<Person> person;
    Diagnostics diagnostics;
};

CheckedPerson load_checked_person(std::string_view input) {
    CheckedPerson checked{{"evidence.yaml", std::string(input)}, std::nullopt, {}};
    checked.person = load_person(checked.source, {}, checked.diagnostics);
    if (checked.person) {
        check_person(shipped_framework(), *checked.person, fixed_as_of(), checked.diagnostics);
    }
    return checked;
}

std::optional<std::string> chosen_target(std::string_view input) {
    const auto& levels = shipped_framework().levels;
    if (input.empty()) {
        return std::nullopt;
    }
    auto choice = static_cast<unsigned char>(input.front()) % (levels.size() + 1);
    if (choice == levels.size()) {
        return std::nullopt;
    }
    return levels[choice].id;
}

void render_batch_formats(const BatchRow& row) {
    for (Format format :
         {Format::text, Format::csv, Format::jsonl, Format::json, Format::markdown}) {
        for (const BatchPrivacy& privacy : {BatchPrivacy{}, BatchPrivacy{true, std::nullopt, {}},
                                            BatchPrivacy{true, "key", {}}}) {
            BatchRow protected_row = row;
            protect_row(protected_row, privacy);
            for (BatchTextLayout layout : {BatchTextLayout::table, BatchTextLayout::lines}) {
                BatchRenderOptions options{
                    format, default_batch_columns(shipped_framework()), layout,
                    batch_table_for(shipped_framework(), privacy.redact,
                                    privacy.pseudonym_key.has_value(), Style(false))};
                (void)render_batch_header(options);
                (void)render_batch_row(protected_row, options);
                (void)render_batch_footer(options, 1);
            }
        }
    }
    BatchSummary summary;
    summary.add(row);
    for (Format format :
         {Format::text, Format::csv, Format::json, Format::markdown, Format::html}) {
        (void)summary.render(shipped_framework(), *Date::from_ymd(2026, 11, 1), format, 1,
                             default_output_width);
    }
}

void render_evaluation(const Evaluation& evaluation) {
    const Framework& framework = shipped_framework();
    (void)render_evaluation_text(framework, evaluation, {Style(true), Explain::all});
    (void)render_evaluation_text(framework, evaluation, {Style(false), Explain::none});
    (void)render_evaluation_markdown(framework, evaluation);
    (void)json_text(evaluation_to_json(framework, evaluation), 2);
    (void)render_evaluation_page(framework, "Gap report",
                                 {render_evaluation_section(framework, evaluation)});
    render_batch_formats(make_batch_row(evaluation, "evidence.yaml"));
}

void render_errors(const CheckedPerson& checked) {
    render_diagnostics(checked.diagnostics, {checked.source});
    auto sorted = checked.diagnostics.sorted();
    (void)render_evaluation_page(shipped_framework(), "Gap reports",
                                 {render_not_evaluated_section("evidence.yaml", sorted)});
    render_batch_formats(make_error_row(
        "evidence.yaml", checked.person ? &*checked.person : nullptr, checked.diagnostics));
}

// A criteria directory hands each loader the tree parsed to tell the file's kind
// (commands/common): loading from those trees must report exactly what loading from the text
// does, at the same places.
void check_parsed_once(const std::vector<SourceText>& sources, const Diagnostics& from_text) {
    std::vector<SourceText> handed = sources;
    for (auto& source : handed) {
        DetectedKind detected = detect_file_kind(source, {});
        if (detected.kind != FileKind::criteria && detected.kind != FileKind::unparsable) {
            return; // a directory would leave this file out: nothing to compare
        }
        source.parsed = std::move(detected.parsed);
    }
    Diagnostics diagnostics;
    (void)load_framework(handed, {}, diagnostics);
    // The JSON report holds every field of every diagnostic, in the order they are printed.
    if (render_diagnostics_json(diagnostics.sorted(), handed.size()) !=
        render_diagnostics_json(from_text.sorted(), sources.size())) {
        std::fprintf(stderr, "a tree parsed once reports otherwise than the text\n");
        std::abort();
    }
}

} // namespace

void run_criteria(std::string_view input) {
    auto sources = split_sources(input);
    Diagnostics diagnostics;
    Framework framework = load_framework(sources, {}, diagnostics);
    check_parsed_once(sources, diagnostics);
    if (!diagnostics.has_errors()) {
        check_framework(framework, diagnostics);
    }
    render_diagnostics(diagnostics, sources);
    if (diagnostics.has_errors()) {
        return;
    }
    (void)render_framework_text(framework, Style(true));
    (void)render_framework_markdown(framework);
    for (const auto& level : framework.levels) {
        (void)render_level_text(framework, level, Style(false));
    }
    evaluate_probe(framework);
}

void run_evidence(std::string_view input) {
    CheckedPerson checked = load_checked_person(input);
    if (checked.person && !checked.diagnostics.has_errors()) {
        (void)evaluate_person(shipped_framework(), *checked.person, fixed_as_of(), std::nullopt);
    }
}

void run_render(std::string_view input) {
    CheckedPerson checked = load_checked_person(input);
    if (!checked.person || checked.diagnostics.has_errors()) {
        render_errors(checked);
        return;
    }
    render_evaluation(
        evaluate_person(shipped_framework(), *checked.person, fixed_as_of(), chosen_target(input)));
}

} // namespace ladder::fuzz
