// `ladder candidates` for scripts: one JSON document, or one CSV table in which every line
// says which section it belongs to (candidate, out_of_reach, short, ready_no_role, wrong_track,
// no_step_yet, trial, error), so that a spreadsheet filter on the first column gives each list.

#include "report/common/output_format.hpp"
#include "report/common/progress_share.hpp"
#include "report/common/table.hpp"
#include "report/openings/openings_report.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <nlohmann/json.hpp>

namespace ladder {

namespace {

using json = nlohmann::ordered_json;

json person_json(const CandidatePerson& person) {
    return {{"id", person.id},
            {"name", person.name},
            {"file", person.file},
            {"track", person.track},
            {"level", person.level},
            {"months_in_level", person.months_in_level},
            {"interests", person.interests},
            {"wrong_track", person.wrong_track},
            {"no_step_yet", person.no_step_yet}};
}

json trial_json(const TrialRecord& trial) {
    return {{"from", trial.from},           {"level", trial.level},
            {"since", trial.since},         {"ends", trial.ends},
            {"days_left", trial.days_left}, {"way_back_open", trial.way_back_open},
            {"ready", trial.ready},         {"met", trial.met},
            {"total", trial.total},         {"required_missing", trial.required_missing}};
}

json candidate_json(const OpeningsReport& report, const Candidate& candidate) {
    json entry = person_json(report.people()[candidate.person]);
    entry["progress"] = progress_share(candidate.progress);
    entry["required_missing"] = candidate.required_missing;
    entry["missing"] = candidate.missing;
    entry["next_steps"] = candidate.next_steps;
    return entry;
}

json opening_json(const OpeningsReport& report, std::size_t index) {
    const Opening& opening = report.openings().openings[index];
    const Level* level = report.framework().find_level(opening.level.id);
    json labels = json::object();
    for (const auto& label : opening.labels) {
        labels[label.key.id] = label.value;
    }
    json groups = json::object();
    for (CandidateGroup group :
         {CandidateGroup::ready, CandidateGroup::not_interested, CandidateGroup::nearly}) {
        groups[std::string(to_string(group))] = json::array();
    }
    for (const auto& candidate : report.candidates()[index]) {
        groups[std::string(to_string(candidate.group))].push_back(
            candidate_json(report, candidate));
    }
    int ready = report.ready_count(index);
    return {{"id", opening.id.id},
            {"level", opening.level.id},
            {"level_title", level ? level->title : ""},
            {"track", level ? level->track.id : ""},
            {"count", opening.count},
            {"labels", labels},
            {"note", text_or_null(opening.note)},
            {"ready", ready},
            {"short", ready < opening.count},
            {"candidates", groups},
            {"out_of_reach",
             {{"steps_away", report.out_of_reach(index, TargetVerdict::steps_away)},
              {"no_route", report.out_of_reach(index, TargetVerdict::no_route)}}}};
}

} // namespace

std::string render_openings_json(const OpeningsReport& report) {
    json openings = json::array();
    json short_of = json::array();
    for (std::size_t i = 0; i < report.openings().openings.size(); ++i) {
        openings.push_back(opening_json(report, i));
    }
    for (std::size_t index : report.short_openings()) {
        short_of.push_back(report.openings().openings[index].id.id);
    }
    json no_role = json::array();
    for (const auto& entry : report.ready_no_role()) {
        json person = person_json(report.people()[entry.person]);
        person["ready_for"] = entry.levels;
        no_role.push_back(person);
    }
    json wrong = json::array();
    for (std::size_t index : report.wrong_track()) {
        wrong.push_back(person_json(report.people()[index]));
    }
    json no_step = json::array();
    for (std::size_t index : report.no_step_yet()) {
        no_step.push_back(person_json(report.people()[index]));
    }
    json trials = json::array();
    for (const auto& entry : report.trials()) {
        json person = person_json(report.people()[entry.person]);
        person["trial"] = trial_json(entry.trial);
        trials.push_back(person);
    }
    json errors = json::array();
    for (const auto& record : report.errors()) {
        errors.push_back(
            {{"file", record.person.file}, {"id", record.person.id}, {"error", record.error}});
    }
    json document = {
        {"framework", {{"id", report.framework().id}, {"version", report.framework().version}}},
        {"as_of", report.as_of().to_string()},
        {"title", report.openings().title},
        {"within", report.within()},
        {"files", report.files()},
        {"openings", openings},
        {"short_openings", short_of},
        {"ready_no_role", no_role},
        {"wrong_track", wrong},
        {"no_step_yet", no_step},
        {"trials_ending", report.trials_ending() ? json(*report.trials_ending()) : json()},
        {"trials", trials},
        {"errors", errors}};
    return json_text(with_output_format("ladder-candidates", document), 2) + "\n";
}

namespace {

const std::vector<std::string> csv_columns = {
    "section", "opening",    "level", "count",         "group",    "id",
    "name",    "file",       "track", "current_level", "progress", "required_missing",
    "missing", "next_steps", "detail"};

// A line of the table; the columns a section does not use stay empty.
struct CsvLine {
    std::string section;
    const Opening* opening = nullptr;
    std::string group;
    const CandidatePerson* person = nullptr;
    const Candidate* candidate = nullptr;
    std::string detail;

    std::string render() const {
        json record = json::object();
        record["section"] = section;
        record["opening"] = opening ? json(opening->id.id) : json();
        record["level"] = opening ? json(opening->level.id) : json();
        record["count"] = opening ? json(opening->count) : json();
        record["group"] = group;
        record["id"] = person ? json(person->id) : json();
        record["name"] = person ? json(person->name) : json();
        record["file"] = person ? json(person->file) : json();
        record["track"] = person ? json(person->track) : json();
        record["current_level"] = person ? json(person->level) : json();
        record["progress"] = candidate ? json(progress_share(candidate->progress)) : json();
        record["required_missing"] = candidate ? json(candidate->required_missing) : json();
        record["missing"] = candidate ? json(candidate->missing) : json();
        record["next_steps"] = candidate ? json(candidate->next_steps) : json();
        record["detail"] = detail;
        return csv_record(record);
    }
};

} // namespace

std::string render_openings_csv(const OpeningsReport& report) {
    std::string out = csv_header(csv_columns);
    const auto& openings = report.openings().openings;
    for (std::size_t i = 0; i < openings.size(); ++i) {
        for (const auto& candidate : report.candidates()[i]) {
            out += CsvLine{"candidate",
                           &openings[i],
                           std::string(to_string(candidate.group)),
                           &report.people()[candidate.person],
                           &candidate,
                           ""}
                       .render();
        }
    }
    for (std::size_t i = 0; i < openings.size(); ++i) {
        for (TargetVerdict verdict : {TargetVerdict::steps_away, TargetVerdict::no_route}) {
            if (int count = report.out_of_reach(i, verdict); count > 0) {
                out += CsvLine{"out_of_reach", &openings[i], std::string(to_string(verdict)),
                               nullptr,        nullptr,      plural(count, "person", "people")}
                           .render();
            }
        }
    }
    for (std::size_t index : report.short_openings()) {
        out +=
            CsvLine{"short", &openings[index], "",
                    nullptr, nullptr,          std::to_string(report.ready_count(index)) + " ready"}
                .render();
    }
    for (const auto& entry : report.ready_no_role()) {
        out += CsvLine{"ready_no_role",
                       nullptr,
                       "",
                       &report.people()[entry.person],
                       nullptr,
                       "ready for " + join(entry.levels, ", ")}
                   .render();
    }
    for (std::size_t index : report.wrong_track()) {
        const CandidatePerson& person = report.people()[index];
        out +=
            CsvLine{"wrong_track", nullptr, "",
                    &person,       nullptr, "declared interest in " + join(person.interests, ", ")}
                .render();
    }
    for (std::size_t index : report.no_step_yet()) {
        const CandidatePerson& person = report.people()[index];
        for (const auto& words : person.no_step_yet) {
            out += CsvLine{"no_step_yet", nullptr, "", &person, nullptr, words}.render();
        }
    }
    for (const auto& entry : report.trials()) {
        out += CsvLine{"trial", nullptr,          "", &report.people()[entry.person],
                       nullptr, entry.trial.words}
                   .render();
    }
    for (const auto& record : report.errors()) {
        out += CsvLine{"error", nullptr, "", &record.person, nullptr, record.error}.render();
    }
    return out;
}

} // namespace ladder
