#include "report/batch/batch_row.hpp"

#include "eval/best_fit.hpp"
#include "eval/track_choice.hpp"
#include "eval/trial.hpp"
#include "report/batch/batch_columns.hpp"
#include "report/common/output_format.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "util/json_text.hpp"

#include <algorithm>
#include <cmath>

namespace ladder {

std::string_view to_string(BatchStatus status) {
    switch (status) {
    case BatchStatus::ready:
        return "ready";
    case BatchStatus::not_ready:
        return "not_ready";
    case BatchStatus::steps_away:
        return "steps_away";
    case BatchStatus::no_route:
        return "no_route";
    case BatchStatus::top_of_track:
        return "top_of_track";
    case BatchStatus::error:
        return "error";
    case BatchStatus::no_evidence:
        return "no_evidence";
    }
    return "error";
}

namespace {

bool is_missing(const CriterionResult& result) {
    return result.outcome.status != Status::met && result.outcome.status != Status::waived;
}

// Most important first: required before optional (a required one blocks the promotion), then
// the heavier weight, then the framework's order. Every one: a cap would bias any count of
// "what do most people miss" towards the first few.
std::vector<std::string> most_important_missing(const LevelResult& result) {
    std::vector<const CriterionResult*> missing;
    for (const auto& criterion : result.criteria) {
        if (is_missing(criterion)) {
            missing.push_back(&criterion);
        }
    }
    std::stable_sort(missing.begin(), missing.end(), [](const auto* a, const auto* b) {
        if (a->criterion->required != b->criterion->required) {
            return a->criterion->required;
        }
        return a->criterion->weight > b->criterion->weight;
    });
    std::vector<std::string> ids;
    for (const auto* result_of : missing) {
        ids.push_back(result_of->criterion->id);
    }
    return ids;
}

void copy_set_aside(const LevelResult& result, BatchRow& row) {
    for (const auto& criterion : result.criteria) {
        if (criterion.exception == nullptr) {
            continue;
        }
        ++row.set_aside;
        auto& list =
            criterion.exception->kind == ExceptionKind::waived ? row.waived : row.not_applicable;
        list.push_back(criterion.criterion->id);
    }
}

BatchStatus status_of(TargetVerdict verdict) {
    switch (verdict) {
    case TargetVerdict::ready:
        return BatchStatus::ready;
    case TargetVerdict::not_ready:
        return BatchStatus::not_ready;
    case TargetVerdict::steps_away:
        return BatchStatus::steps_away;
    case TargetVerdict::no_route:
        return BatchStatus::no_route;
    }
    return BatchStatus::no_route;
}

// The counts of what was judged: the target, or the first step of the route to it.
void copy_counts(const LevelResult& target, BatchRow& row) {
    row.met = target.met;
    row.total = target.total;
    row.progress = target.progress;
    row.missing = most_important_missing(target);
    for (const auto& criterion : target.criteria) {
        if (criterion.criterion->required && is_missing(criterion)) {
            ++row.required_missing;
        }
    }
    copy_set_aside(target, row);
}

void copy_person(const Person& person, BatchRow& row) {
    row.id = person.id;
    row.name = person.name;
    row.track = person.track.id;
    row.level = person.level.id;
    for (const auto& label : person.labels) {
        row.labels[label.key.id] = label.value;
    }
}

} // namespace

namespace {

void count_provenances(const Person& person, BatchRow& row) {
    for (const auto& rating : person.ratings) {
        switch (rating.provenance) {
        case Provenance::confirmed:
            ++row.confirmed_ratings;
            break;
        case Provenance::claimed:
            ++row.claimed_ratings;
            break;
        case Provenance::self_assessed:
            ++row.self_rated;
            break;
        case Provenance::unattributed:
            ++row.unattributed_ratings;
            break;
        }
    }
    for (const auto& item : person.evidence) {
        for (const auto& endorsement : item.endorsements) {
            row.confirmed_endorsements += endorsement.provenance == Provenance::confirmed ? 1 : 0;
            row.claimed_endorsements += endorsement.provenance == Provenance::claimed ? 1 : 0;
        }
    }
}

} // namespace

BatchRow make_no_evidence_row(const RosterPerson& person, const Framework& framework) {
    BatchRow row;
    row.status = BatchStatus::no_evidence;
    row.id = person.id;
    row.name = person.name;
    for (const auto& [key, value] : person.facts) {
        if (std::find(framework.people.attributes.begin(), framework.people.attributes.end(),
                      key) == framework.people.attributes.end()) {
            row.labels[key] = value;
        }
    }
    return row;
}

BatchRow make_batch_row(const Evaluation& evaluation, const std::string& file) {
    BatchRow row;
    row.file = file;
    const Person& person = *evaluation.person;
    copy_person(person, row);
    if (const Level* current = evaluation.current) {
        row.level_title = current->title;
        row.band = current->band;
    }
    row.months_in_level = std::max(0, evaluation.as_of.whole_months_since(person.in_level_since));
    count_provenances(person, row);
    if (evaluation.verdict && evaluation.asked != nullptr) {
        // The verdict every command gives (eval/route). Steps away: the counts are the first
        // step's, as `evaluate` shows it; no route: nothing was judged, nothing is counted.
        row.status = status_of(*evaluation.verdict);
        row.target = evaluation.asked->id;
        row.target_title = evaluation.asked->title;
        row.route = route_levels(evaluation.route);
        if (evaluation.target) {
            copy_counts(*evaluation.target, row);
        }
    } else {
        row.status = BatchStatus::top_of_track;
    }
    if (const CrossTrackEntry* fit = best_cross_track_fit(evaluation)) {
        row.best_fit = fit->result.level->id;
        row.best_fit_progress = fit->result.progress;
        row.best_fit_interest = fit->interested;
    }
    return row;
}

BatchRow make_error_row(const std::string& file, const Person* person,
                        const Diagnostics& diagnostics) {
    BatchRow row;
    row.file = file;
    row.status = BatchStatus::error;
    if (person != nullptr) {
        copy_person(*person, row);
    }
    for (const auto& diagnostic : diagnostics.sorted()) {
        if (diagnostic.severity == Severity::error) {
            row.error = render_diagnostic_line(diagnostic);
            row.first_error = diagnostic;
            break;
        }
    }
    return row;
}

void add_trial_and_track_choice(BatchRow& row, const Framework& framework, const Person& person,
                                const Date& as_of) {
    row.wrong_track = on_track_not_chosen(person);
    auto trial = trial_status(framework, person, as_of);
    if (!trial) {
        return;
    }
    row.trial_from = trial->move->from.id;
    row.trial_ends = trial->ends.to_string();
    row.trial_days_left = trial->days_left;
    row.trial_ready = trial->standing.ready;
    row.trial_way_back_open = trial->way_back_open;
    for (const auto& criterion : trial->standing.criteria) {
        if (criterion.criterion->required && is_missing(criterion)) {
            ++row.trial_required_missing;
        }
    }
}

bool listed_by_trials_ending(const BatchRow& row, const std::optional<int>& trials_ending) {
    return !trials_ending || row.status == BatchStatus::error ||
           row.status == BatchStatus::no_evidence ||
           (!row.trial_ends.empty() && row.trial_days_left <= *trials_ending);
}

void stamp_run(BatchRow& row, const Framework& framework, const Date& as_of) {
    row.as_of = as_of.to_string();
    row.framework = framework.id;
    row.framework_version = framework.version;
    if (const Track* track = framework.find_track(row.track)) {
        row.track_name = track->name;
    }
}

namespace {

// The record of the chosen columns, each filled by `cell` (the machine value or the words).
nlohmann::ordered_json record_of(const BatchRow& row, const std::vector<std::string>& columns,
                                 nlohmann::ordered_json (*cell)(const BatchRow&,
                                                                const std::string&)) {
    nlohmann::ordered_json record = nlohmann::ordered_json::object();
    for (const auto& column : columns) {
        record[column] = cell(row, column);
    }
    return record;
}

} // namespace

nlohmann::ordered_json batch_row_record(const BatchRow& row,
                                        const std::vector<std::string>& columns) {
    return record_of(row, columns, batch_cell);
}

std::string batch_row_json_text(const BatchRow& row, const std::vector<std::string>& columns) {
    // The same for every row: built once.
    static const std::string opening =
        "{\"format\":" + json_text(output_format("ladder-batch-row"));
    std::string text = opening;
    for (auto column = columns.begin(); column != columns.end(); ++column) {
        // A column asked for twice is one key, as in the record.
        if (std::find(columns.begin(), column, *column) != column) {
            continue;
        }
        text += ',';
        append_json_string(text, *column);
        text += ':';
        append_batch_cell_json(text, row, *column);
    }
    text += '}';
    return text;
}

nlohmann::ordered_json batch_row_words(const BatchRow& row,
                                       const std::vector<std::string>& columns) {
    return record_of(row, columns, batch_cell_words);
}

} // namespace ladder
