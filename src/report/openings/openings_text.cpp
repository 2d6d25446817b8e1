// `ladder candidates` as text and Markdown: one section per opening with its groups, then the
// other direction (ready with no role, openings short of ready candidates), the people on a
// track they did not choose, and the files that could not be evaluated. Both read alike.

#include "report/common/markdown.hpp"
#include "report/openings/openings_report.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

constexpr CandidateGroup groups[] = {CandidateGroup::ready, CandidateGroup::not_interested,
                                     CandidateGroup::nearly};

// Text and Markdown differ in how they mark headings, list items and escape values.
struct Medium {
    bool markdown = false;
    Style style;
    std::size_t width = default_output_width; // text only: Markdown's lines are the reader's

    std::string value(std::string_view text) const {
        return markdown ? escape_markdown(text) : visible_text(text);
    }
    std::string heading(std::string_view text, int depth) const {
        if (markdown) {
            return std::string(static_cast<std::size_t>(depth) + 1, '#') + " " + std::string(text) +
                   "\n\n";
        }
        // Wrapped before styling: escape sequences must not count as width.
        return style.bold(wrap_text(text, width, 2)) + (depth == 0 ? "\n\n" : "\n");
    }
    std::string item(std::string_view text, int indent) const {
        if (markdown) {
            // The outermost list starts at the margin.
            return std::string(static_cast<std::size_t>(indent - 1) * 2, ' ') + "- " +
                   std::string(text) + "\n";
        }
        // Text indents the item under its heading; its wrapped lines hang under its first.
        std::size_t pad = static_cast<std::size_t>(indent) * 2;
        return std::string(pad, ' ') + wrap_text(text, width, pad + 2) + "\n";
    }
    std::string gap() const { return "\n"; }
};

std::string who(const Medium& m, const CandidatePerson& person) {
    return fmt::format("{} ({} {})", m.value(person_words(person)), person.track, person.level);
}

std::string candidate_line(const Medium& m, const OpeningsReport& report, const Candidate& c) {
    const CandidatePerson& person = report.people()[c.person];
    std::string line = fmt::format("{}: {}", who(m, person), percent(c.progress));
    if (!c.missing.empty()) {
        line += ", missing " + join(c.missing, ", ");
    }
    if (person.wrong_track) {
        line += "; on a track they did not choose";
    }
    return line;
}

std::string group_section(const Medium& m, const OpeningsReport& report,
                          const std::vector<Candidate>& list, CandidateGroup group) {
    std::string out;
    for (const auto& candidate : list) {
        if (candidate.group != group) {
            continue;
        }
        out += m.item(candidate_line(m, report, candidate), 2);
        for (const auto& step : candidate.next_steps) {
            out += m.item("next: " + m.value(step), 3);
        }
    }
    std::string heading(group_heading(group));
    if (group == CandidateGroup::nearly) {
        heading += fmt::format(" (within {})",
                               plural(report.within(), "required criterion", "required criteria"));
    }
    return m.item(heading + (out.empty() ? ": none" : ":"), 1) + out;
}

std::string opening_section(const Medium& m, const OpeningsReport& report, std::size_t index) {
    const Opening& opening = report.openings().openings[index];
    const Level* level = report.framework().find_level(opening.level.id);
    std::string title =
        fmt::format("{}: {} {}, {} needed, {} ready", opening.id.id, opening.level.id,
                    level ? m.value(level->title) : "", opening.count, report.ready_count(index));
    std::string out = m.heading(title, 1);
    if (!opening.labels.empty()) {
        out += m.item("only people with " + m.value(opening_labels_words(opening)), 1);
    }
    if (!opening.note.empty()) {
        out += m.item("note: " + m.value(opening.note), 1);
    }
    for (CandidateGroup group : groups) {
        out += group_section(m, report, report.candidates()[index], group);
    }
    if (std::string words = out_of_reach_words(report, index); !words.empty()) {
        out += m.item(words, 1);
    }
    return out + m.gap();
}

std::string other_direction(const Medium& m, const OpeningsReport& report) {
    std::string out = m.heading("Ready, no role (ready and interested; no opening takes them)", 1);
    for (const auto& entry : report.ready_no_role()) {
        out += m.item(fmt::format("{}: ready for {}", who(m, report.people()[entry.person]),
                                  join(entry.levels, ", ")),
                      1);
    }
    out += report.ready_no_role().empty() ? m.item("none", 1) : "";
    out += m.gap() + m.heading("Openings short of ready candidates", 1);
    for (std::size_t index : report.short_openings()) {
        const Opening& opening = report.openings().openings[index];
        out += m.item(fmt::format("{} ({}): {} needed, {} ready", opening.id.id, opening.level.id,
                                  opening.count, report.ready_count(index)),
                      1);
    }
    out += report.short_openings().empty() ? m.item("none", 1) : "";
    return out + m.gap();
}

std::string wrong_track(const Medium& m, const OpeningsReport& report) {
    std::string out = m.heading("On a track they did not choose", 1);
    for (std::size_t index : report.wrong_track()) {
        const CandidatePerson& person = report.people()[index];
        out += m.item(fmt::format("{}: declared interest in {}", who(m, person),
                                  join(person.interests, ", ")),
                      1);
    }
    out += report.wrong_track().empty() ? m.item("none", 1) : "";
    out += m.gap() + m.heading("Interest in a track no step leads to yet", 1);
    for (std::size_t index : report.no_step_yet()) {
        const CandidatePerson& person = report.people()[index];
        for (const auto& words : person.no_step_yet) {
            out += m.item(fmt::format("{}: {}", who(m, person), words), 1);
        }
    }
    out += report.no_step_yet().empty() ? m.item("none", 1) : "";
    return out;
}

std::string trials(const Medium& m, const OpeningsReport& report) {
    std::string heading =
        report.trials_ending()
            ? fmt::format("Trials ending within {}", plural(*report.trials_ending(), "day"))
            : "Trials in progress";
    std::string out = m.gap() + m.heading(heading, 1);
    for (const auto& entry : report.trials()) {
        out += m.item(
            fmt::format("{}: {}", who(m, report.people()[entry.person]), entry.trial.words), 1);
    }
    return out + (report.trials().empty() ? m.item("none", 1) : "");
}

std::string not_evaluated(const Medium& m, const OpeningsReport& report) {
    if (report.errors().empty()) {
        return {};
    }
    std::string out = m.gap() + m.heading("Not evaluated", 1);
    for (const auto& record : report.errors()) {
        // A diagnostic keeps its one line (file:line:col first, for editors and grep).
        out += m.markdown ? m.item(m.value(record.error), 1) : "  " + m.value(record.error) + "\n";
    }
    return out;
}

std::string render(const Medium& m, const OpeningsReport& report) {
    std::string out = m.heading(m.value(openings_headline(report)), 0);
    for (std::size_t i = 0; i < report.openings().openings.size(); ++i) {
        out += opening_section(m, report, i);
    }
    return out + other_direction(m, report) + wrong_track(m, report) + trials(m, report) +
           not_evaluated(m, report);
}

} // namespace

std::string render_openings_text(const OpeningsReport& report, const Style& style,
                                 std::size_t width) {
    return render({false, style, width}, report);
}

std::string render_openings_markdown(const OpeningsReport& report) {
    return render({true, Style(false)}, report);
}

} // namespace ladder
