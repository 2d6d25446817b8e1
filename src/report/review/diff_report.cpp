#include "report/review/diff_report.hpp"

#include "report/common/markdown.hpp"
#include "report/common/output_format.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/redaction.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

using ordered_json = nlohmann::ordered_json;

constexpr std::array<std::pair<Subject, std::string_view>, 8> sections = {{
    {Subject::framework, "Framework"},
    {Subject::scale, "Rating scale"},
    {Subject::competency, "Competencies"},
    {Subject::track, "Tracks"},
    {Subject::programme, "Programmes"},
    {Subject::level, "Levels"},
    {Subject::transition, "Moves between tracks"},
    {Subject::criterion, "Criteria"},
}};

constexpr std::array kinds = {ChangeKind::stricter, ChangeKind::looser,  ChangeKind::added,
                              ChangeKind::removed,  ChangeKind::changed, ChangeKind::reworded};

std::vector<const Change*> changes_of(const FrameworkDiff& diff, Subject subject) {
    std::vector<const Change*> result;
    for (const auto& change : diff.changes) {
        if (change.subject == subject) {
            result.push_back(&change);
        }
    }
    return result;
}

// "4 changes (1 stricter, 1 looser, 2 reworded)"
std::string counts(const FrameworkDiff& diff) {
    std::vector<std::string> parts;
    for (ChangeKind kind : kinds) {
        long count = 0;
        for (const auto& change : diff.changes) {
            count += change.kind == kind ? 1 : 0;
        }
        if (count > 0) {
            parts.push_back(fmt::format("{} {}", count, to_string(kind)));
        }
    }
    return fmt::format("{} ({})", plural(static_cast<long>(diff.changes.size()), "change"),
                       join(parts, ", "));
}

std::string versions(const DiffReport& report) {
    const FrameworkDiff& diff = report.diff;
    return fmt::format("{} {} ({}) to {} {} ({})", diff.before_id, diff.before_version,
                       visible_text(report.before_path), diff.after_id, diff.after_version,
                       visible_text(report.after_path));
}

// "ic4-x (IC4): Title", "IC4: Staff Engineer", "IC4 -> M1"
std::string heading(const Change& change) {
    std::string text = change.id;
    if (!change.owner.empty()) {
        text += fmt::format(" ({})", change.owner);
    }
    if (!change.title.empty() && change.subject != Subject::transition) {
        text += ": " + change.title;
    }
    return text;
}

// The lines under a change: each aspect, then the rule before and after, once.
std::vector<std::string> detail_lines(const Change& change) {
    std::vector<std::string> lines;
    const Aspect* rule = nullptr;
    for (const auto& aspect : change.aspects) {
        lines.push_back(aspect.text);
        rule = aspect.rule ? &aspect : rule;
    }
    if (rule != nullptr) {
        lines.push_back("was: " + rule->before);
        lines.push_back("now: " + rule->after);
    }
    return lines;
}

std::string verdict_before(const VerdictChange& change) {
    return target_verdict_words(change.verdict_before, change.steps_before);
}

std::string verdict_after(const VerdictChange& change) {
    return target_verdict_words(change.verdict_after, change.steps_after);
}

std::string because(const VerdictChange& change) {
    if (change.because.empty()) {
        return change.reach;
    }
    return fmt::format("{}: {}", change.ready_after ? "now met" : "now not met",
                       join(change.because, ", "));
}

bool any_route_changed(const ImpactReport& impact) {
    return std::any_of(impact.per_level.begin(), impact.per_level.end(),
                       [](const auto& level) { return level.second.route_changed > 0; });
}

// --counts-only: a count of fewer people than --min-group names them to whoever knows the
// team ("the one IC5 who stops being ready"); 0 names nobody.
bool count_hidden(const ImpactReport& impact, long count) {
    return impact.counts_only && count > 0 && count < impact.min_group;
}

bool any_level_hidden(const ImpactReport& impact) {
    for (const auto& [level, counts] : impact.per_level) {
        if (count_hidden(impact, counts.became_ready) ||
            count_hidden(impact, counts.became_not_ready) ||
            count_hidden(impact, counts.route_changed)) {
            return true;
        }
    }
    return false;
}

// The number of people who change is hidden when it is small, and when a level's count is
// hidden: the total less the counts shown would give it back.
bool people_changed_hidden(const ImpactReport& impact) {
    return count_hidden(impact, static_cast<long>(impact.people_changed)) ||
           (impact.counts_only && any_level_hidden(impact));
}

std::string impact_heading(const ImpactReport& impact) {
    std::string files = plural(static_cast<long>(impact.files), "evidence file");
    if (people_changed_hidden(impact)) {
        return fmt::format("{} as of {}: how many people's verdicts change is not shown (a count "
                           "under {} would single people out)",
                           files, impact.as_of.to_string(), impact.min_group);
    }
    return fmt::format("{} as of {}: {} whose verdict changes", files, impact.as_of.to_string(),
                       plural(static_cast<long>(impact.people_changed), "person", "people"));
}

// "3 become", "1 becomes", or "fewer than 5 become" when hidden.
std::string become(const ImpactReport& impact, int count) {
    if (count_hidden(impact, count)) {
        return fmt::format("fewer than {} become", impact.min_group);
    }
    return plural(count, "becomes", "become");
}

std::string hidden_note(const ImpactReport& impact) {
    return fmt::format("Counts under {} (--min-group) are not shown: they would single people "
                       "out.",
                       impact.min_group);
}

// One line of the text report: `text` after `indent` spaces, wrapped at `width` with its further
// lines `hang` columns deeper.
std::string text_line(std::size_t indent, std::string_view text, std::size_t width,
                      std::size_t hang = 2) {
    return std::string(indent, ' ') + wrap_text(text, width, indent + hang) + "\n";
}

std::string counts_text(const ImpactReport& impact, std::size_t width) {
    std::string out;
    for (const auto& [level, counts] : impact.per_level) {
        out += text_line(
            2,
            fmt::format("{}: {} ready, {} not ready{}", level, become(impact, counts.became_ready),
                        become(impact, counts.became_not_ready),
                        counts.route_changed == 0 ? ""
                        : count_hidden(impact, counts.route_changed)
                            ? fmt::format(", fewer than {} not ready either way, the way "
                                          "there changed",
                                          impact.min_group)
                            : fmt::format(", {} not ready either way, the way there changed",
                                          counts.route_changed)),
            width);
    }
    if (!impact.errors.empty()) {
        out += fmt::format("  not compared: {}\n",
                           plural(static_cast<long>(impact.errors.size()), "file"));
    }
    if (people_changed_hidden(impact)) {
        out += text_line(2, hidden_note(impact), width);
    }
    return out;
}

// Names and paths shown escaped (util/visible_text): a line break in a file name must not forge
// a "Verdicts:" line, nor an escape sequence set the terminal's title.
std::string who(const PersonImpact& person) {
    std::string id = visible_text(person.person_id);
    std::string text =
        person.name.empty() ? id : fmt::format("{} ({})", visible_text(person.name), id);
    return person.file.empty() ? text : text + ", " + visible_text(person.file);
}

std::string impact_text(const ImpactReport& impact, std::size_t width) {
    std::string out = "\n" + text_line(0, "Verdicts: " + impact_heading(impact), width);
    if (impact.counts_only) {
        return out + counts_text(impact, width);
    }
    for (const auto& person : impact.changed) {
        out += text_line(2, who(person), width);
        for (const auto& change : person.changes) {
            std::string why = because(change);
            out += text_line(4,
                             fmt::format("{}: {} -> {}{}", change.level, verdict_before(change),
                                         verdict_after(change), why.empty() ? "" : "; " + why),
                             width);
        }
    }
    for (const auto& error : impact.errors) {
        // The diagnostics below keep one line each, as every diagnostic does (file:line:col
        // first, for editors and grep).
        out += text_line(2, "not compared: " + visible_text(error.file), width);
        for (const auto& diagnostic : error.diagnostics) {
            out += "    " + render_diagnostic_line(diagnostic) + "\n";
        }
    }
    return out;
}

std::string counts_markdown(const ImpactReport& impact) {
    std::string out;
    const auto& counts = impact.per_level;
    // The third column only when a route changed: a run with none reads as it always did.
    bool routes = any_route_changed(impact);
    if (!counts.empty()) {
        out += routes ? "\n| level | become ready | become not ready | way there changed, not "
                        "ready either way |\n|---|---|---|---|\n"
                      : "\n| level | become ready | become not ready |\n|---|---|---|\n";
    }
    auto cell = [&impact](int count) {
        return count_hidden(impact, count) ? fmt::format("fewer than {}", impact.min_group)
                                           : std::to_string(count);
    };
    for (const auto& [level, count] : counts) {
        out += fmt::format("| {} | {} | {} |{}\n", escape_markdown(level), cell(count.became_ready),
                           cell(count.became_not_ready),
                           routes ? fmt::format(" {} |", cell(count.route_changed)) : "");
    }
    if (!impact.errors.empty()) {
        out += fmt::format("\nNot compared: {}.\n",
                           plural(static_cast<long>(impact.errors.size()), "file"));
    }
    if (people_changed_hidden(impact)) {
        out += "\n" + hidden_note(impact) + "\n";
    }
    return out;
}

std::string impact_markdown(const ImpactReport& impact) {
    std::string out = "\n### Verdicts\n\n" + impact_heading(impact) + ".\n";
    if (impact.counts_only) {
        return out + counts_markdown(impact);
    }
    if (!impact.changed.empty()) {
        out += "\n| person | file | level | before | after | because |\n"
               "|---|---|---|---|---|---|\n";
    }
    for (const auto& person : impact.changed) {
        for (const auto& change : person.changes) {
            // A file name may hold a backtick, a line break or a control character: escaped
            // as text, never in a code span, where escapes do not work.
            out += fmt::format("| {} ({}) | {} | {} | {} | {} | {} |\n",
                               escape_markdown(person.name), escape_markdown(person.person_id),
                               escape_markdown(person.file), change.level, verdict_before(change),
                               verdict_after(change), escape_markdown(because(change)));
        }
    }
    for (const auto& error : impact.errors) {
        out +=
            fmt::format("\nNot compared: {}: {}\n", escape_markdown(error.file),
                        error.diagnostics.empty()
                            ? std::string()
                            : escape_markdown(render_diagnostic_line(error.diagnostics.front())));
    }
    return out;
}

ordered_json change_json(const Change& change) {
    ordered_json aspects = ordered_json::array();
    for (const auto& aspect : change.aspects) {
        aspects.push_back({{"kind", to_string(aspect.kind)},
                           {"text", aspect.text},
                           {"before", text_or_null(aspect.before)},
                           {"after", text_or_null(aspect.after)}});
    }
    return {{"subject", to_string(change.subject)},    {"id", change.id},
            {"stated_by", text_or_null(change.owner)}, {"title", change.title},
            {"kind", to_string(change.kind)},          {"aspects", aspects}};
}

ordered_json counts_json(const ImpactReport& impact) {
    auto count = [&impact](long value) {
        return count_hidden(impact, value) ? ordered_json() : ordered_json(value);
    };
    ordered_json levels = ordered_json::array();
    for (const auto& [level, counts] : impact.per_level) {
        levels.push_back({{"level", level},
                          {"became_ready", count(counts.became_ready)},
                          {"became_not_ready", count(counts.became_not_ready)},
                          {"route_changed", count(counts.route_changed)}});
    }
    return {{"as_of", impact.as_of.to_string()},
            {"files", impact.files},
            {"people_changed",
             people_changed_hidden(impact) ? ordered_json() : ordered_json(impact.people_changed)},
            {"levels", levels},
            {"errors", impact.errors.size()},
            {"min_group", impact.min_group}};
}

ordered_json impact_json(const ImpactReport& impact) {
    if (impact.counts_only) {
        return counts_json(impact);
    }
    ordered_json people = ordered_json::array();
    for (const auto& person : impact.changed) {
        ordered_json changes = ordered_json::array();
        for (const auto& change : person.changes) {
            changes.push_back({{"level", change.level},
                               {"ready_before", change.ready_before},
                               {"ready_after", change.ready_after},
                               {"verdict_before", to_string(change.verdict_before)},
                               {"verdict_after", to_string(change.verdict_after)},
                               {"because", change.because}});
        }
        people.push_back(
            {{"file", text_or_null(person.file)},
             {"person", {{"id", person.person_id}, {"name", text_or_null(person.name)}}},
             {"changes", changes}});
    }
    ordered_json errors = ordered_json::array();
    for (const auto& error : impact.errors) {
        errors.push_back(
            {{"file", error.file}, {"diagnostics", diagnostics_to_json(error.diagnostics)}});
    }
    return {{"as_of", impact.as_of.to_string()},
            {"files", impact.files},
            {"people", people},
            {"errors", errors}};
}

} // namespace

void ImpactReport::add(PersonImpact person) {
    ++people_changed;
    for (const auto& change : person.changes) {
        auto& level = per_level[change.level];
        if (change.ready_after) {
            ++level.became_ready;
        } else if (change.ready_before) {
            ++level.became_not_ready;
        } else {
            ++level.route_changed; // not ready either way: the way there changed
        }
    }
    if (!counts_only) {
        changed.push_back(std::move(person));
    }
}

void redact_impact(ImpactReport& impact) {
    for (auto& person : impact.changed) {
        person.file.clear();
        person.name.clear();
    }
    for (auto& error : impact.errors) {
        // Nothing of the file: its messages may quote its values (a name where a map belongs).
        error.file = std::string(redacted_place);
        error.diagnostics = redacted_diagnostics(std::move(error.diagnostics));
    }
}

std::string render_diff_text(const DiffReport& report, std::size_t width) {
    std::string out =
        report.diff.empty()
            ? text_line(0, fmt::format("No changes from {}", versions(report)), width)
            : text_line(0,
                        fmt::format("Changes from {}: {}", versions(report), counts(report.diff)),
                        width);
    for (const auto& [subject, title] : sections) {
        auto changes = changes_of(report.diff, subject);
        if (changes.empty()) {
            continue;
        }
        out += fmt::format("\n{}\n", title);
        for (const Change* change : changes) {
            out += "  " + pad_right(to_string(change->kind), 9) + " " +
                   wrap_text(heading(*change), width, 12) + "\n";
            for (const auto& line : detail_lines(*change)) {
                out += text_line(12, line, width, 0);
            }
        }
    }
    if (report.impact) {
        out += impact_text(*report.impact, width);
    }
    return out;
}

std::string render_diff_markdown(const DiffReport& report) {
    const FrameworkDiff& diff = report.diff;
    std::string out = fmt::format("## Criteria changes: {} {} -> {} {}\n\n", diff.before_id,
                                  diff.before_version, diff.after_id, diff.after_version);
    out += fmt::format("Compared `{}` with `{}`: {}.\n", visible_text(report.before_path),
                       visible_text(report.after_path), diff.empty() ? "no changes" : counts(diff));
    for (const auto& [subject, title] : sections) {
        auto changes = changes_of(diff, subject);
        if (changes.empty()) {
            continue;
        }
        out += fmt::format("\n### {}\n\n", title);
        for (const Change* change : changes) {
            std::string owner = change->owner.empty() ? "" : fmt::format(" ({})", change->owner);
            std::string name = change->title.empty() || change->subject == Subject::transition
                                   ? ""
                                   : " " + escape_markdown(change->title);
            out += fmt::format("- **{}** `{}`{}{}\n", to_string(change->kind), change->id, owner,
                               name);
            for (const auto& line : detail_lines(*change)) {
                out += "  - " + escape_markdown(line) + "\n";
            }
        }
    }
    if (report.impact) {
        out += impact_markdown(*report.impact);
    }
    return out;
}

std::string render_diff_json(const DiffReport& report) {
    const FrameworkDiff& diff = report.diff;
    ordered_json changes = ordered_json::array();
    for (const auto& change : diff.changes) {
        changes.push_back(change_json(change));
    }
    ordered_json document = {
        {"before",
         {{"path", report.before_path}, {"id", diff.before_id}, {"version", diff.before_version}}},
        {"after",
         {{"path", report.after_path}, {"id", diff.after_id}, {"version", diff.after_version}}},
        {"changes", changes},
        {"impact", report.impact ? impact_json(*report.impact) : ordered_json(nullptr)}};
    return json_text(with_output_format("ladder-diff", document), 2) + "\n";
}

} // namespace ladder
