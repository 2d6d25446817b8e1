// `ladder candidates --format html`: one self-contained page in the style of batch's page
// (totals first, then tables), with the same sections in the same order as the text report.
// Every value from a file goes through escape_markup; the records are already redacted.

#include "report/common/html.hpp"
#include "report/openings/openings_report.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

constexpr CandidateGroup groups[] = {CandidateGroup::ready, CandidateGroup::not_interested,
                                     CandidateGroup::nearly};

std::string table(const std::vector<std::string>& headers,
                  const std::vector<std::vector<std::string>>& rows) {
    std::string out = "<table class=\"data\"><thead><tr>";
    for (const auto& header : headers) {
        out += "<th>" + escape_markup(header) + "</th>";
    }
    out += "</tr></thead><tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c) {
            out += labelled_cell(c < headers.size() ? headers[c] : "", escape_markup(row[c]));
        }
        out += "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

// A table, or "none" when there is nothing to list (an empty table reads as a fault).
std::string table_or_none(const std::vector<std::string>& headers,
                          const std::vector<std::vector<std::string>>& rows) {
    return rows.empty() ? "<p class=\"muted\">none</p>\n" : table(headers, rows);
}

std::string now_words(const CandidatePerson& person) {
    return person.track + " " + person.level;
}

std::string totals(const OpeningsReport& report) {
    int needed = 0;
    int ready = 0;
    for (std::size_t i = 0; i < report.openings().openings.size(); ++i) {
        needed += report.openings().openings[i].count;
        ready += report.ready_count(i);
    }
    return fmt::format(
        "<div class=\"totals\"><div><b>{}</b>openings</div><div><b>{}</b>people needed</div>"
        "<div><b>{}</b>ready and interested</div><div><b>{}</b>openings short</div>"
        "<div><b>{}</b>ready, no role</div><div><b>{}</b>on a track they did not choose</div>"
        "<div><b>{}</b>evidence files</div><div><b>{}</b>in error</div></div>\n",
        report.openings().openings.size(), needed, ready, report.short_openings().size(),
        report.ready_no_role().size(), report.wrong_track().size(), report.files(),
        report.errors().size());
}

std::string group_table(const OpeningsReport& report, const std::vector<Candidate>& list,
                        CandidateGroup group) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& candidate : list) {
        if (candidate.group != group) {
            continue;
        }
        const CandidatePerson& person = report.people()[candidate.person];
        std::string who = person_words(person);
        if (person.wrong_track) {
            who += " (on a track they did not choose)";
        }
        rows.push_back({who, now_words(person), percent(candidate.progress),
                        join(candidate.missing, ", "), join(candidate.next_steps, "; ")});
    }
    std::string heading(group_heading(group));
    if (group == CandidateGroup::nearly) {
        heading += fmt::format(" (within {})",
                               plural(report.within(), "required criterion", "required criteria"));
    }
    return "<h3>" + escape_markup(heading) + "</h3>\n" +
           table_or_none({"Person", "Now", "Progress", "Missing", "Next steps"}, rows);
}

std::string opening_section(const OpeningsReport& report, std::size_t index) {
    const Opening& opening = report.openings().openings[index];
    const Level* level = report.framework().find_level(opening.level.id);
    int ready = report.ready_count(index);
    std::string out =
        fmt::format("<h2>{}: {} {}</h2>\n<p class=\"verdict{}\">{} needed, {} ready</p>\n",
                    escape_markup(opening.id.id), escape_markup(opening.level.id),
                    level ? escape_markup(level->title) : "",
                    ready >= opening.count ? " ready" : "", opening.count, ready);
    if (!opening.labels.empty()) {
        out += "<p>Only people with " + escape_markup(opening_labels_words(opening)) + "</p>\n";
    }
    if (!opening.note.empty()) {
        out += "<p>Note: " + escape_markup(opening.note) + "</p>\n";
    }
    for (CandidateGroup group : groups) {
        out += group_table(report, report.candidates()[index], group);
    }
    if (std::string words = out_of_reach_words(report, index); !words.empty()) {
        out += "<p class=\"muted\">" + escape_markup(words) + "</p>\n";
    }
    return out;
}

std::string other_direction(const OpeningsReport& report) {
    std::vector<std::vector<std::string>> no_role;
    for (const auto& entry : report.ready_no_role()) {
        const CandidatePerson& person = report.people()[entry.person];
        no_role.push_back({person_words(person), now_words(person), join(entry.levels, ", ")});
    }
    std::vector<std::vector<std::string>> short_of;
    for (std::size_t index : report.short_openings()) {
        const Opening& opening = report.openings().openings[index];
        short_of.push_back({opening.id.id, opening.level.id, std::to_string(opening.count),
                            std::to_string(report.ready_count(index))});
    }
    return "<h2>Ready, no role (ready and interested; no opening takes them)</h2>\n" +
           table_or_none({"Person", "Now", "Ready for"}, no_role) +
           "<h2>Openings short of ready candidates</h2>\n" +
           table_or_none({"Opening", "Level", "Needed", "Ready"}, short_of);
}

std::string people_apart(const OpeningsReport& report) {
    std::vector<std::vector<std::string>> wrong;
    for (std::size_t index : report.wrong_track()) {
        const CandidatePerson& person = report.people()[index];
        wrong.push_back({person_words(person), now_words(person), join(person.interests, ", ")});
    }
    std::vector<std::vector<std::string>> no_step;
    for (std::size_t index : report.no_step_yet()) {
        const CandidatePerson& person = report.people()[index];
        for (const auto& words : person.no_step_yet) {
            no_step.push_back({person_words(person), now_words(person), words});
        }
    }
    std::vector<std::vector<std::string>> trials;
    for (const auto& entry : report.trials()) {
        trials.push_back({person_words(report.people()[entry.person]), entry.trial.words});
    }
    std::string heading =
        report.trials_ending()
            ? fmt::format("Trials ending within {}", plural(*report.trials_ending(), "day"))
            : "Trials in progress";
    return "<h2>On a track they did not choose</h2>\n" +
           table_or_none({"Person", "Now", "Declared interest in"}, wrong) +
           "<h2>Interest in a track no step leads to yet</h2>\n" +
           table_or_none({"Person", "Now", "Interest"}, no_step) + "<h2>" + escape_markup(heading) +
           "</h2>\n" + table_or_none({"Person", "Trial"}, trials);
}

std::string not_evaluated(const OpeningsReport& report) {
    if (report.errors().empty()) {
        return {};
    }
    std::string out = "<h2>Not evaluated</h2>\n<ul class=\"error-list plain\">\n";
    for (const auto& record : report.errors()) {
        out += "<li>" + escape_markup(record.error) + "</li>\n";
    }
    return out + "</ul>\n";
}

} // namespace

std::string render_openings_html(const OpeningsReport& report) {
    std::string body =
        "<h1>" + escape_markup(openings_headline(report)) + "</h1>\n" + totals(report);
    for (std::size_t i = 0; i < report.openings().openings.size(); ++i) {
        body += opening_section(report, i);
    }
    body += other_direction(report) + people_apart(report) + not_evaluated(report);
    std::string title = report.openings().title.empty() ? "Openings" : report.openings().title;
    return render_html_page({title, report.framework().name, report.framework().version, "", body});
}

} // namespace ladder
