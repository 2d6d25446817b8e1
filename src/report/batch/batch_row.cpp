#include "report/batch/batch_row.hpp"

#include "eval/best_fit.hpp"
#include "report/diagnostics/diagnostics_report.hpp"

#include <algorithm>
#include <cmath>

namespace ladder {

std::string_view to_string(BatchStatus status) {
    switch (status) {
    case BatchStatus::ready:
        return "ready";
    case BatchStatus::not_ready:
        return "not_ready";
    case BatchStatus::top_of_track:
        return "top_of_track";
    case BatchStatus::error:
        return "error";
    }
    return "error";
}

namespace {

// Rounded down, like the reports' percent(): 99.6% must not read as 100.
int whole_percent(double share) {
    return static_cast<int>(std::floor(share * 100.0 + 1e-9));
}

bool is_missing(const CriterionResult& result) {
    return result.outcome.status != Status::met && result.outcome.status != Status::waived;
}

// Most important first: required before optional (a required one blocks the promotion), then
// the heavier weight, then the framework's order.
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
    for (std::size_t i = 0; i < missing.size() && i < batch_missing_shown; ++i) {
        ids.push_back(missing[i]->criterion->id);
    }
    return ids;
}

void copy_person(const Person& person, BatchRow& row) {
    row.id = person.id;
    row.name = person.name;
    row.track = person.track.id;
    row.level = person.level.id;
}

} // namespace

BatchRow make_batch_row(const Evaluation& evaluation, const std::string& file) {
    BatchRow row;
    row.file = file;
    copy_person(*evaluation.person, row);
    if (const auto& target = evaluation.target) {
        row.status = target->ready ? BatchStatus::ready : BatchStatus::not_ready;
        row.target = target->level->id;
        row.met = target->met;
        row.total = target->total;
        row.progress = whole_percent(target->progress);
        row.missing = most_important_missing(*target);
    } else {
        row.status = BatchStatus::top_of_track;
    }
    if (const CrossTrackEntry* fit = best_cross_track_fit(evaluation)) {
        row.best_fit = fit->result.level->id;
        row.best_fit_progress = whole_percent(fit->result.progress);
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
            std::string line = render_diagnostics_text({diagnostic}, {}, {Style(false), false});
            row.error = line.substr(0, line.find('\n'));
            break;
        }
    }
    return row;
}

std::vector<std::string> batch_row_columns(bool redact) {
    std::vector<std::string> columns = {"file",
                                        "id",
                                        "name",
                                        "track",
                                        "level",
                                        "target",
                                        "status",
                                        "met",
                                        "total",
                                        "progress",
                                        "missing",
                                        "best_fit",
                                        "best_fit_progress",
                                        "error"};
    if (redact) {
        columns.erase(std::find(columns.begin(), columns.end(), "name"));
    }
    return columns;
}

namespace {

nlohmann::ordered_json text_or_null(const std::string& text) {
    return text.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(text);
}

} // namespace

nlohmann::ordered_json batch_row_record(const BatchRow& row, bool redact) {
    using json = nlohmann::ordered_json;
    bool evaluated = row.status == BatchStatus::ready || row.status == BatchStatus::not_ready;
    json record;
    record["file"] = row.file;
    record["id"] = text_or_null(row.id);
    if (!redact) {
        record["name"] = text_or_null(row.name);
    }
    record["track"] = text_or_null(row.track);
    record["level"] = text_or_null(row.level);
    record["target"] = text_or_null(row.target);
    record["status"] = to_string(row.status);
    record["met"] = evaluated ? json(row.met) : json();
    record["total"] = evaluated ? json(row.total) : json();
    record["progress"] = evaluated ? json(row.progress) : json();
    record["missing"] = evaluated ? json(row.missing) : json();
    record["best_fit"] = text_or_null(row.best_fit);
    record["best_fit_progress"] = row.best_fit.empty() ? json() : json(row.best_fit_progress);
    record["error"] = text_or_null(row.error);
    return record;
}

} // namespace ladder
