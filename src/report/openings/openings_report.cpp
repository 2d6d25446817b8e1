#include "report/openings/openings_report.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace ladder {

OpeningsReport::OpeningsReport(const Framework& framework, const OpeningsFile& openings,
                               const Date& as_of, int within, std::optional<int> trials_ending)
    : framework_(framework), openings_(openings), as_of_(as_of), within_(within),
      trials_ending_(trials_ending), candidates_(openings.openings.size()),
      steps_away_(openings.openings.size()), no_route_(openings.openings.size()) {}

std::size_t OpeningsReport::keep(const CandidatePerson& person) {
    people_.push_back(person);
    return people_.size() - 1;
}

void OpeningsReport::add(CandidateRecord record) {
    ++files_;
    if (!record.error.empty()) {
        errors_.push_back(std::move(record));
        return;
    }
    for (const auto& [opening, verdict] : record.out_of_reach) {
        (verdict == TargetVerdict::steps_away ? steps_away_ : no_route_)[opening] += 1;
    }
    if (record.trial && trials_ending_ && record.trial->days_left > *trials_ending_) {
        record.trial.reset(); // ends later than asked
    }
    // People who appear nowhere are only counted: a report of thousands names the few it must.
    if (record.matches.empty() && record.ready_no_role.empty() && !record.person.wrong_track &&
        record.person.no_step_yet.empty() && !record.trial) {
        return;
    }
    std::size_t person = keep(record.person);
    for (auto& [opening, candidate] : record.matches) {
        candidate.person = person;
        candidates_[opening].push_back(std::move(candidate));
    }
    if (!record.ready_no_role.empty()) {
        ready_no_role_.push_back({person, std::move(record.ready_no_role)});
    }
    if (record.person.wrong_track) {
        wrong_track_.push_back(person);
    }
    if (!record.person.no_step_yet.empty()) {
        no_step_yet_.push_back(person);
    }
    if (record.trial) {
        trials_.push_back({person, *record.trial});
    }
}

void OpeningsReport::finish() {
    auto rank = [this](const Candidate& c) {
        const CandidatePerson& who = people_[c.person];
        return std::make_tuple(static_cast<int>(c.group), c.required_missing, -c.progress,
                               -who.months_in_level, std::cref(who.id), std::cref(who.file));
    };
    std::stable_sort(trials_.begin(), trials_.end(), [this](const auto& a, const auto& b) {
        return std::tie(a.trial.days_left, people_[a.person].id) <
               std::tie(b.trial.days_left, people_[b.person].id);
    });
    for (auto& list : candidates_) {
        std::stable_sort(list.begin(), list.end(),
                         [&](const Candidate& a, const Candidate& b) { return rank(a) < rank(b); });
    }
    // The lists of people, like every other list of the report, by id then file: the order
    // the files were read in (or the jobs finished in) says nothing to a reader.
    auto by_id = [this](std::size_t a, std::size_t b) {
        return std::tie(people_[a].id, people_[a].file) < std::tie(people_[b].id, people_[b].file);
    };
    std::stable_sort(wrong_track_.begin(), wrong_track_.end(), by_id);
    std::stable_sort(no_step_yet_.begin(), no_step_yet_.end(), by_id);
    std::stable_sort(
        ready_no_role_.begin(), ready_no_role_.end(),
        [&](const ReadyNoRole& a, const ReadyNoRole& b) { return by_id(a.person, b.person); });
}

int OpeningsReport::ready_count(std::size_t opening) const {
    const auto& list = candidates_[opening];
    return static_cast<int>(std::count_if(list.begin(), list.end(), [](const Candidate& c) {
        return c.group == CandidateGroup::ready;
    }));
}

int OpeningsReport::out_of_reach(std::size_t opening, TargetVerdict verdict) const {
    return (verdict == TargetVerdict::steps_away ? steps_away_ : no_route_)[opening];
}

std::vector<std::size_t> OpeningsReport::short_openings() const {
    std::vector<std::size_t> short_of;
    for (std::size_t i = 0; i < candidates_.size(); ++i) {
        if (ready_count(i) < openings_.openings[i].count) {
            short_of.push_back(i);
        }
    }
    return short_of;
}

std::string render_openings_report(const OpeningsReport& report,
                                   const OpeningsRenderOptions& options) {
    switch (options.format) {
    case Format::json:
        return render_openings_json(report);
    case Format::csv:
        return render_openings_csv(report);
    case Format::markdown:
        return render_openings_markdown(report);
    case Format::html:
        return render_openings_html(report);
    default:
        return render_openings_text(report, options.style, options.width);
    }
}

std::string_view group_heading(CandidateGroup group) {
    switch (group) {
    case CandidateGroup::ready:
        return "Ready now, interested in the track";
    case CandidateGroup::not_interested:
        return "No declared interest in the track, ready or nearly (shown apart: not to be "
               "pushed onto it)";
    case CandidateGroup::nearly:
        return "Nearly ready";
    }
    return "";
}

std::string openings_headline(const OpeningsReport& report) {
    int needed = 0;
    for (const auto& opening : report.openings().openings) {
        needed += opening.count;
    }
    return fmt::format("{} as of {} ({} {}): {}, {} needed, {}",
                       report.openings().title.empty() ? "Openings" : report.openings().title,
                       report.as_of().to_string(), report.framework().id,
                       report.framework().version,
                       plural(static_cast<long>(report.openings().openings.size()), "opening"),
                       plural(needed, "person", "people"),
                       plural(static_cast<long>(report.files()), "evidence file"));
}

std::string out_of_reach_words(const OpeningsReport& report, std::size_t opening) {
    std::vector<std::string> parts;
    if (int count = report.out_of_reach(opening, TargetVerdict::steps_away); count > 0) {
        parts.push_back("steps away for " + plural(count, "person", "people"));
    }
    if (int count = report.out_of_reach(opening, TargetVerdict::no_route); count > 0) {
        parts.push_back("no route for " + plural(count, "person", "people"));
    }
    return parts.empty() ? "" : "Out of reach (counted, not named): " + join(parts, ", ");
}

std::string person_words(const CandidatePerson& person) {
    return person.name.empty() ? person.id : person.id + " " + person.name;
}

std::string opening_labels_words(const Opening& opening) {
    std::vector<std::string> parts;
    for (const auto& label : opening.labels) {
        parts.push_back(label.key.id + ": " + label.value);
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

} // namespace ladder
