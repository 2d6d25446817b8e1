#include "report/openings/candidate_record.hpp"

#include "eval/next_steps.hpp"
#include "eval/trial.hpp"
#include "report/common/next_steps_words.hpp"
#include "report/common/privacy.hpp"
#include "report/common/track_choice_words.hpp"
#include "report/common/trial_words.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/redaction.hpp"
#include "util/visible_text.hpp"

namespace ladder {

namespace {

CandidatePerson person_of(const Person& person, const Date& as_of) {
    CandidatePerson who;
    who.file = person.file;
    who.id = person.id;
    who.name = person.name;
    who.track = person.track.id;
    who.level = person.level.id;
    who.months_in_level = as_of.whole_months_since(person.in_level_since);
    for (const auto& interest : person.interests) {
        who.interests.push_back(interest.id);
    }
    return who;
}

Candidate candidate_of(const Framework& framework, const OpeningMatch& match, const Date& as_of) {
    const LevelResult& result = *match.evaluation.target;
    Candidate candidate;
    candidate.group = match.group;
    candidate.progress = result.progress;
    candidate.required_missing = match.required_missing;
    for (const auto& criterion : result.criteria) {
        if (criterion.criterion->required && criterion.outcome.status != Status::met &&
            criterion.outcome.status != Status::waived) {
            candidate.missing.push_back(criterion.criterion->id);
        }
    }
    if (match.group == CandidateGroup::nearly) {
        for (const auto& step : plan_next_steps(framework, result, as_of).steps) {
            if (step.required_closed > 0) {
                candidate.next_steps.push_back(describe_step(framework, step));
            }
        }
    }
    return candidate;
}

std::optional<TrialRecord> trial_of(const Framework& framework, const Person& person,
                                    const Date& as_of) {
    auto status = trial_status(framework, person, as_of);
    if (!status) {
        return std::nullopt;
    }
    TrialRecord trial;
    trial.from = status->move->from.id;
    trial.level = status->move->to.id;
    trial.since = status->since.to_string();
    trial.ends = status->ends.to_string();
    trial.days_left = status->days_left;
    trial.way_back_open = status->way_back_open;
    trial.ready = status->standing.ready;
    trial.met = status->standing.met;
    trial.total = status->standing.total;
    trial.required_missing = required_missing(status->standing);
    trial.words = trial_words(*status);
    return trial;
}

} // namespace

CandidateRecord make_candidate_record(const Framework& framework, const Person& person,
                                      const PersonOpenings& found, const Date& as_of) {
    CandidateRecord record;
    record.person = person_of(person, as_of);
    record.person.wrong_track = found.wrong_track;
    for (const auto& interest : found.no_step_yet) {
        record.person.no_step_yet.push_back(interest_without_step_words(interest, person.level.id));
    }
    for (const auto& match : found.matches) {
        record.matches.emplace_back(match.opening, candidate_of(framework, match, as_of));
    }
    for (const Level* level : found.ready_no_role) {
        record.ready_no_role.push_back(level->id);
    }
    record.out_of_reach = found.out_of_reach;
    record.trial = trial_of(framework, person, as_of);
    return record;
}

CandidateRecord make_candidate_error(const std::string& file, const Person* person,
                                     const Diagnostics& diagnostics) {
    CandidateRecord record;
    record.person.file = file;
    if (person != nullptr) {
        record.person.id = person->id;
        record.person.name = person->name;
        record.person.track = person->track.id;
        record.person.level = person->level.id;
    }
    for (const auto& diagnostic : diagnostics.sorted()) {
        if (diagnostic.severity == Severity::error) {
            record.error = render_diagnostic_line(diagnostic);
            record.first_error = diagnostic;
            break;
        }
    }
    if (record.error.empty()) {
        record.error = visible_text(file) + ": error: not evaluated";
    }
    return record;
}

void protect_record(CandidateRecord& record, bool redact,
                    const std::optional<std::string>& pseudonym_key) {
    if (!redact && !pseudonym_key) {
        return;
    }
    CandidatePerson& who = record.person;
    if (record.first_error) {
        record.error = render_diagnostic_line(redacted_diagnostic(*record.first_error));
        record.first_error.reset();
    } else if (!record.error.empty()) {
        record.error = std::string(redacted_place) + ": error: not evaluated";
    }
    who.file.clear();
    who.name.clear();
    if (pseudonym_key && !who.id.empty()) {
        who.id = pseudonym(*pseudonym_key, who.id);
    }
}

} // namespace ladder
