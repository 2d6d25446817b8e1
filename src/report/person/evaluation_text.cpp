#include "report/person/evaluation_text.hpp"

#include "eval/next_steps.hpp"
#include "report/common/next_steps_words.hpp"
#include "report/common/track_choice_words.hpp"
#include "report/common/trial_words.hpp"
#include "report/person/gap_groups.hpp"
#include "report/person/person_headline.hpp"
#include "report/person/route_words.hpp"
#include "report/person/statement_sources.hpp"
#include "report/person/timeline_words.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

constexpr std::size_t label_width = 10;
constexpr std::size_t detail_indent = label_width + 2 + 9;
// A criterion's headline starts after "  " and its status label; its wrapped lines line up under
// it.
constexpr std::size_t heading_indent = label_width + 2;

std::string colour_status(const Style& style, const CriterionResult& result) {
    std::string label = pad_right(status_label(result), label_width);
    switch (result.outcome.status) {
    case Status::met:
        return style.green(label);
    case Status::waived:
        return style.cyan(label);
    case Status::partial:
    case Status::no_data:
        return style.yellow(label);
    case Status::not_met:
        return style.red(label);
    }
    return label;
}

std::string heading_line(const CriterionResult& result) {
    std::string line = fmt::format("{}: {}", result.criterion->id, result.criterion->title);
    std::vector<std::string> notes;
    if (!result.criterion->required) {
        notes.push_back("optional");
    }
    for (auto& note : criterion_origin_notes(result)) {
        notes.push_back(std::move(note));
    }
    if (!notes.empty()) {
        line += fmt::format(" ({})", join(notes, ", "));
    }
    return line;
}

void detail(std::string& out, std::string_view name, std::string_view text, std::size_t width) {
    if (text.empty()) {
        return;
    }
    std::string prefix = std::string(label_width + 2, ' ') + pad_right(std::string(name) + ":", 9);
    out += prefix + wrap_text(text, width, detail_indent) + "\n";
}

void explain_items(std::string& out, const Outcome& outcome, const TextReportOptions& options) {
    const Style& style = options.style;
    for (const auto& item : outcome.considered) {
        if (options.explain == Explain::near_misses && !item.near_miss()) {
            continue;
        }
        std::string mark = item.counted ? style.green("+") : style.dim("-");
        out += std::string(detail_indent, ' ') + mark + " " +
               wrap_text(fmt::format("{}: {}", item.item, item.why), options.width,
                         detail_indent + 2) +
               "\n";
    }
    for (const auto& part : outcome.parts) {
        explain_items(out, part, options);
    }
}

bool has_considered(const Outcome& outcome, Explain mode) {
    bool shown = std::any_of(
        outcome.considered.begin(), outcome.considered.end(),
        [&](const ItemVerdict& item) { return mode == Explain::all || item.near_miss(); });
    return shown || std::any_of(outcome.parts.begin(), outcome.parts.end(),
                                [&](const Outcome& part) { return has_considered(part, mode); });
}

// --explain: the evidence items a rule looked at that nearly counted (one test failed) and
// why; --explain=all: every one, + counted, - not.
void explain(std::string& out, const Outcome& outcome, const TextReportOptions& options) {
    if (options.explain == Explain::none || !has_considered(outcome, options.explain)) {
        return;
    }
    detail(out, "items",
           options.explain == Explain::all ? "(+ counted, - did not)"
                                           : "(nearly counted: one test failed)",
           options.width);
    explain_items(out, outcome, options);
}

void render_missing(std::string& out, const Framework& framework, const CriterionResult& result,
                    const TextReportOptions& options) {
    out += "  " + colour_status(options.style, result) +
           options.style.bold(wrap_text(heading_line(result), options.width, heading_indent)) +
           "\n";
    detail(out, "needs", result.criterion->rule ? result.criterion->rule->describe(framework) : "",
           options.width);
    detail(out, "found", result.outcome.reason, options.width);
    detail(out, "missing", result.outcome.missing, options.width);
    detail(out, "how", result.criterion->guidance, options.width);
    explain(out, result.outcome, options);
}

void render_compact(std::string& out, const CriterionResult& result,
                    const TextReportOptions& options) {
    out += "  " + colour_status(options.style, result) +
           wrap_text(heading_line(result), options.width, heading_indent) + "\n";
    detail(out, "found", result.outcome.reason, options.width);
    explain(out, result.outcome, options);
}

// The steps, numbered, each with the criteria it is for: what to do comes before why.
void render_next_steps(std::string& out, const Framework& framework, const LevelResult& target,
                       const Date& as_of, const TextReportOptions& options) {
    const Style& style = options.style;
    NextSteps plan = plan_next_steps(framework, target, as_of);
    // Wrapped whole, then the label bolded: escape sequences must not count as width.
    constexpr std::string_view label = "Next steps:";
    std::string summary = wrap_text(
        std::string(label) + " " + next_steps_summary(plan, target.ready), options.width, 2);
    out += "\n" + style.bold(label) + summary.substr(label.size()) + "\n";
    int number = 0;
    for (const auto& step : plan.steps) {
        std::string mark = fmt::format("{:>3}. ", ++number);
        out += mark + wrap_text(describe_step(framework, step), options.width, mark.size()) + "\n";
        out += std::string(mark.size(), ' ') +
               style.dim(wrap_text(describe_closes(step), options.width, mark.size())) + "\n";
    }
}

// Only when dates decide something: a tenure reached, evidence ageing out of its window.
void render_timeline(std::string& out, const Framework& framework, const Person& person,
                     const LevelResult& target, const Date& as_of,
                     const TextReportOptions& options) {
    const Style& style = options.style;
    Timeline timeline = project_timeline(framework, person, *target.level, as_of);
    if (timeline.events.empty()) {
        return;
    }
    out += "\n" + style.bold("Timeline") + " (if no evidence is added)\n";
    if (auto change = describe_readiness_change(timeline); !change.empty()) {
        out += "  " + wrap_text(change, options.width, 2) + "\n";
    }
    for (const auto& event : timeline.events) {
        out += "  - " + wrap_text(describe_event(event), options.width, 4) + "\n";
    }
}

using Rows = std::vector<std::vector<std::string>>;

std::vector<std::size_t> column_widths(const Rows& rows) {
    std::vector<std::size_t> widths(rows.front().size(), 0);
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }
    return widths;
}

// Two spaces of indent, one between columns.
std::size_t table_width(const std::vector<std::size_t>& widths) {
    std::size_t total = 1;
    for (auto width : widths) {
        total += 1 + width;
    }
    return total;
}

// While the table is wider than `width`, drops the next of the `optional` columns (named by
// their headers, least needed first): a table that wraps is no longer a table.
void fit_columns(Rows& rows, std::size_t width, const std::vector<std::string_view>& optional) {
    for (auto name : optional) {
        if (table_width(column_widths(rows)) <= width) {
            return;
        }
        auto column = std::find(rows.front().begin(), rows.front().end(), name);
        if (column == rows.front().end()) {
            continue;
        }
        auto index = column - rows.front().begin();
        for (auto& row : rows) {
            row.erase(row.begin() + index);
        }
    }
}

// Rows padded to their columns' widths, the header dimmed; the last column is not padded.
std::string aligned_rows(const Rows& rows, const Style& style) {
    std::vector<std::size_t> widths = column_widths(rows);
    std::string out;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::string line = " ";
        for (std::size_t i = 0; i < rows[r].size(); ++i) {
            line += " " + (i + 1 < rows[r].size() ? pad_right(rows[r][i], widths[i]) : rows[r][i]);
        }
        out += (r == 0 ? style.dim(line) : line) + "\n";
    }
    return out;
}

// A target no single step reaches: the route, then the first step in full under its own name.
void render_route(std::string& out, const Framework& framework, const Evaluation& evaluation,
                  const TextReportOptions& options) {
    const Style& style = options.style;
    out += fmt::format("Target: {}\n", level_label(framework, *evaluation.asked));
    out += "Route:  " + wrap_text(route_summary(evaluation), options.width, 8) + "\n";
    Rows rows = route_table(framework, evaluation);
    fit_columns(rows, options.width, {"progress", "met", "from"});
    out += aligned_rows(rows, style);
    out += "\n" +
           style.red(style.bold(wrap_text(route_verdict_line(evaluation), options.width, 2))) +
           "\n\n";
}

// A target no route reaches: what it is and why nothing is judged.
// The steps of a route after the first: which criteria each already meets, and what would
// close the rest, so that a reader sees the whole way and not only its start.
void render_later_steps(std::string& out, const Framework& framework, const Evaluation& evaluation,
                        const TextReportOptions& options) {
    out += "\n" + options.style.bold(wrap_text(later_steps_heading, options.width, 2)) + "\n";
    for (std::size_t i = 1; i < evaluation.route.size(); ++i) {
        const RouteStep& step = evaluation.route[i];
        out +=
            "\n" + wrap_text(route_step_standing(framework, step, i + 1), options.width, 2) + "\n";
        render_next_steps(out, framework, step.result, evaluation.as_of, options);
    }
}

void render_no_route(std::string& out, const Framework& framework, const Evaluation& evaluation,
                     const TextReportOptions& options) {
    const Style& style = options.style;
    out += fmt::format("Target: {}\n", level_label(framework, *evaluation.asked));
    out += "\n" +
           style.red(style.bold(wrap_text(no_route_verdict_line(evaluation), options.width, 2))) +
           "\n";
}

void render_target(std::string& out, const Framework& framework, const Person& person,
                   const LevelResult& target, const Date& as_of, const TextReportOptions& options,
                   std::string_view label) {
    const Style& style = options.style;
    out += fmt::format("{}: {}\n", label, level_label(framework, *target.level));
    if (auto move = describe_move(target); !move.empty()) {
        out += "Move:   " + wrap_text(move, options.width, 8) + "\n";
    }
    std::string verdict = wrap_text(verdict_line(target), options.width, 2);
    out += "\n" +
           (target.ready ? style.green(style.bold(verdict)) : style.red(style.bold(verdict))) +
           "\n";
    render_next_steps(out, framework, target, as_of, options);
    render_timeline(out, framework, person, target, as_of, options);
    GapGroups groups = group_gaps(target);
    if (!groups.missing.empty()) {
        out += "\n" + style.bold(fmt::format("Missing ({})", groups.missing.size())) + "\n";
        for (const auto* result : groups.missing) {
            render_missing(out, framework, *result, options);
        }
    }
    if (!groups.waived.empty()) {
        out += "\n" + style.bold(fmt::format("Set aside ({})", groups.waived.size())) + "\n";
        for (const auto* result : groups.waived) {
            render_compact(out, *result, options);
        }
    }
    if (!groups.met.empty()) {
        out += "\n" + style.bold(fmt::format("Met ({})", groups.met.size())) + "\n";
        for (const auto* result : groups.met) {
            render_compact(out, *result, options);
        }
    }
}

std::string render_cross_track_text(const Evaluation& evaluation,
                                    const TextReportOptions& options) {
    Rows rows = {
        {"step", "band", "track", "level", "title", "ready", "met", "progress", "interest"}};
    for (const auto& entry : evaluation.cross_track) {
        const LevelResult& result = entry.result;
        rows.push_back({cross_track_step(entry), std::to_string(entry.band),
                        entry.track ? entry.track->name : "", result.level->id, result.level->title,
                        result.ready ? "yes" : "no", fmt::format("{}/{}", result.met, result.total),
                        percent(result.progress), entry.interested ? "yes" : "-"});
    }
    fit_columns(rows, options.width, {"title", "band", "progress", "track"});
    return aligned_rows(rows, options.style);
}

} // namespace

std::string render_evaluation_text(const Framework& framework, const Evaluation& evaluation,
                                   const TextReportOptions& options) {
    const Person& person = *evaluation.person;
    const Style& style = options.style;
    std::string out;
    out += person_headline(framework, person, evaluation.current, evaluation.as_of, style,
                           options.width);
    // A verdict means something only with the criteria that gave it.
    out += style.dim(fmt::format("Framework: {} {}", framework.name, framework.version)) + "\n";
    // Where the ratings, endorsements and approvals come from (docs/formats.md, "Who said so").
    if (std::string sources = statement_sources_summary(person); !sources.empty()) {
        out += wrap_text("Who said so: " + sources, options.width, 2) + "\n";
    }
    if (!evaluation.route.empty()) {
        render_route(out, framework, evaluation, options);
    }
    if (auto trial = trial_status(framework, person, evaluation.as_of)) {
        out += wrap_text("In trial: " + trial_words(*trial), options.width, 0) + "\n";
    }
    for (const auto& line : track_choice_lines(framework, person)) {
        out += wrap_text(line, options.width, 0) + "\n";
    }
    if (evaluation.target) {
        render_target(out, framework, person, *evaluation.target, evaluation.as_of, options,
                      evaluation.route.empty() ? "Target" : "First step");
        if (evaluation.route.size() > 1) {
            render_later_steps(out, framework, evaluation, options);
        }
    } else if (evaluation.verdict == TargetVerdict::no_route) {
        render_no_route(out, framework, evaluation, options);
    }
    if (!evaluation.note.empty()) {
        out += "\n" + wrap_text(evaluation.note, options.width, 0) + "\n";
    }
    if (!evaluation.cross_track.empty()) {
        // Wrapped before styling (escape sequences must not count as width); the title bold.
        constexpr std::string_view title = "Cross-track view";
        std::string heading = wrap_text(
            std::string(title) + " (your level and the steps the framework defines from it)",
            options.width, 2);
        out += "\n" + style.bold(title) + heading.substr(title.size()) + "\n";
        out += render_cross_track_text(evaluation, options);
    }
    return out;
}

} // namespace ladder
