#include "report/person/evaluation_markdown.hpp"

#include "eval/next_steps.hpp"
#include "report/common/markdown.hpp"
#include "report/common/next_steps_words.hpp"
#include "report/common/track_choice_words.hpp"
#include "report/common/trial_words.hpp"
#include "report/person/evidence_use.hpp"
#include "report/person/gap_groups.hpp"
#include "report/person/route_words.hpp"
#include "report/person/statement_sources.hpp"
#include "report/person/timeline_words.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

void render_item(std::string& out, const Framework& framework, const CriterionResult& result,
                 bool full) {
    const Criterion& criterion = *result.criterion;
    std::string notes;
    if (!criterion.required) {
        notes += ", optional";
    }
    for (const auto& note : criterion_origin_notes(result)) {
        notes += ", " + note;
    }
    out += fmt::format("- **{}** `{}`: {}{}\n", status_label(result), criterion.id,
                       escape_markdown(criterion.title), escape_markdown(notes));
    if (full && criterion.rule) {
        out += fmt::format("  - Needs: {}\n", escape_markdown(criterion.rule->describe(framework)));
    }
    out += fmt::format("  - Found: {}\n", escape_markdown(result.outcome.reason));
    if (full && !result.outcome.missing.empty()) {
        out += fmt::format("  - Missing: {}\n", escape_markdown(result.outcome.missing));
    }
    if (full && !criterion.guidance.empty()) {
        out += fmt::format("  - How to close it: {}\n",
                           escape_markdown_lines(criterion.guidance, "    "));
    }
}

void render_section(std::string& out, const Framework& framework, std::string_view title,
                    const std::vector<const CriterionResult*>& items, bool full) {
    if (items.empty()) {
        return;
    }
    // Sections sit directly under the person's heading (#), as the cross-track view does.
    out += fmt::format("\n## {} ({})\n\n", title, items.size());
    for (const auto* item : items) {
        render_item(out, framework, *item, full);
    }
}

void render_next_steps(std::string& out, const Framework& framework, const LevelResult& target,
                       const Date& as_of, std::string_view heading = "## Next steps") {
    NextSteps plan = plan_next_steps(framework, target, as_of);
    out += fmt::format("\n{}\n\n{}\n", heading,
                       escape_markdown(next_steps_summary(plan, target.ready)));
    if (!plan.steps.empty()) {
        out += "\n";
    }
    int number = 0;
    for (const auto& step : plan.steps) {
        out += fmt::format("{}. {}  \n   {}\n", ++number,
                           escape_markdown(describe_step(framework, step)),
                           escape_markdown(describe_closes(step)));
    }
}

// The steps of a route after the first: which criteria each already meets, and what would
// close the rest.
void render_later_steps(std::string& out, const Framework& framework,
                        const Evaluation& evaluation) {
    if (evaluation.route.size() < 2) {
        return;
    }
    out += fmt::format("\n## {}\n", escape_markdown(later_steps_heading));
    for (std::size_t i = 1; i < evaluation.route.size(); ++i) {
        const RouteStep& step = evaluation.route[i];
        out += "\n" + escape_markdown(route_step_standing(framework, step, i + 1)) + "\n";
        render_next_steps(out, framework, step.result, evaluation.as_of,
                          fmt::format("### Next steps for {}", escape_markdown(step.to->id)));
    }
}

void render_timeline(std::string& out, const Framework& framework, const Person& person,
                     const LevelResult& target, const Date& as_of) {
    Timeline timeline = project_timeline(framework, person, *target.level, as_of);
    if (timeline.events.empty()) {
        return;
    }
    out += "\n## Timeline (if no evidence is added)\n\n";
    if (auto change = describe_readiness_change(timeline); !change.empty()) {
        out += escape_markdown(change) + "\n\n";
    }
    for (const auto& event : timeline.events) {
        out += "- " + escape_markdown(describe_event(event)) + "\n";
    }
}

void render_cross_track(std::string& out, const Evaluation& evaluation) {
    out += "\n## Cross-track view\n\n";
    out += "| step | band | track | level | title | ready | met | progress | interest |\n";
    out += "|---|---:|---|---|---|---|---:|---:|---|\n";
    for (const auto& entry : evaluation.cross_track) {
        const LevelResult& result = entry.result;
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {}/{} | {} | {} |\n",
                           cross_track_step(entry), entry.band,
                           escape_markdown(entry.track ? entry.track->name : ""),
                           escape_markdown(result.level->id), escape_markdown(result.level->title),
                           result.ready ? "yes" : "no", result.met, result.total,
                           percent(result.progress), entry.interested ? "yes" : "-");
    }
}

// A target no single step reaches: the route as a table; the sections after it are about
// the first step.
void render_route(std::string& out, const Framework& framework, const Evaluation& evaluation) {
    out += fmt::format("- Target: {}\n\n## Route\n\n{}\n\n",
                       escape_markdown(level_label(framework, *evaluation.asked)),
                       escape_markdown(route_summary(evaluation)));
    auto rows = route_table(framework, evaluation);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<std::string> cells;
        for (const auto& cell : rows[r]) {
            cells.push_back(escape_markdown(cell));
        }
        out += "| " + join(cells, " | ") + " |\n";
        out += r == 0 ? "|---:|---|---|---|---|---:|---:|\n" : "";
    }
    out += fmt::format("\n**{}**\n\n", escape_markdown(route_verdict_line(evaluation)));
}

// An http(s) address as a CommonMark autolink, whose text is never unescaped: escaping its `_`
// would put a backslash into the address GitHub follows. Anything else (a `javascript:` link,
// an address with spaces or angle brackets) stays escaped text, which never renders as a link.
std::string markdown_link(const std::string& url) {
    const bool web = url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
    const bool plain = std::none_of(url.begin(), url.end(), [](char c) {
        return static_cast<unsigned char>(c) <= ' ' || c == '<' || c == '>' || c == 0x7f;
    });
    return web && plain ? "<" + url + ">" : escape_markdown(url);
}

// What a promotion document cites: every item of the file, newest first, with its date, what it
// was, the target's criteria it counted for, and the links.
void render_evidence(std::string& out, const Evaluation& evaluation) {
    const Person& person = *evaluation.person;
    if (person.evidence.empty()) {
        return;
    }
    std::vector<const EvidenceItem*> items;
    for (const auto& item : person.evidence) {
        items.push_back(&item);
    }
    std::stable_sort(items.begin(), items.end(), [](const EvidenceItem* a, const EvidenceItem* b) {
        return b->date < a->date;
    });
    out += fmt::format("\n## Evidence ({})\n\n", items.size());
    for (const EvidenceItem* item : items) {
        std::vector<std::string> facts = {item->type};
        for (const auto* fact : {&item->role, &item->scope, &item->kind}) {
            if (!fact->empty()) {
                facts.push_back(plain_word(*fact));
            }
        }
        out += fmt::format("- {}: **{}** ({}; id {})", item->date.to_string(),
                           escape_markdown(item->title), escape_markdown(join(facts, ", ")),
                           escape_markdown(item->id));
        if (auto ids = counted_for(evaluation.target, item->id); !ids.empty()) {
            out += " \u2014 counted for " + escape_markdown(join(ids, ", "));
        }
        for (const auto& link : item->links) {
            out += " " + markdown_link(link);
        }
        out += "\n";
    }
}

} // namespace

std::string render_evaluation_markdown(const Framework& framework, const Evaluation& evaluation) {
    const Person& person = *evaluation.person;
    std::string out =
        fmt::format("# {} ({})\n\n", escape_markdown(person.name), escape_markdown(person.id));
    out +=
        fmt::format("- Current level: {}\n",
                    escape_markdown(evaluation.current ? level_label(framework, *evaluation.current)
                                                       : person.level.id));
    out += fmt::format("- Evaluated as of: {}\n", evaluation.as_of.to_string());
    out += fmt::format("- Framework: {} {}\n", escape_markdown(framework.name),
                       escape_markdown(framework.version));
    if (!evaluation.route.empty()) {
        render_route(out, framework, evaluation);
    }
    if (auto trial = trial_status(framework, person, evaluation.as_of)) {
        out += fmt::format("- In trial: {}\n", escape_markdown(trial_words(*trial)));
    }
    for (const auto& line : track_choice_lines(framework, person)) {
        out += "- " + escape_markdown(line) + "\n";
    }
    if (evaluation.target) {
        const LevelResult& target = *evaluation.target;
        out += fmt::format("- {}: {}\n", evaluation.route.empty() ? "Target" : "First step",
                           escape_markdown(level_label(framework, *target.level)));
        if (auto move = describe_move(target); !move.empty()) {
            out += fmt::format("- Move: {}\n", escape_markdown(move));
        }
        out += fmt::format("\n**{}**\n", escape_markdown(verdict_line(target)));
        render_next_steps(out, framework, target, evaluation.as_of);
        render_timeline(out, framework, person, target, evaluation.as_of);
        GapGroups groups = group_gaps(target);
        render_section(out, framework, "Missing", groups.missing, true);
        render_section(out, framework, "Set aside", groups.waived, false);
        render_section(out, framework, "Met", groups.met, false);
        render_later_steps(out, framework, evaluation);
    } else if (evaluation.verdict == TargetVerdict::no_route) {
        out += fmt::format("- Target: {}\n\n**{}**\n",
                           escape_markdown(level_label(framework, *evaluation.asked)),
                           escape_markdown(no_route_verdict_line(evaluation)));
    }
    if (!evaluation.note.empty()) {
        out += fmt::format("\n{}\n", escape_markdown(evaluation.note));
    }
    render_cross_track(out, evaluation);
    render_evidence(out, evaluation);
    out += statement_sources_markdown(framework, person);
    return out;
}

} // namespace ladder
