#include "report/batch/batch_columns.hpp"

#include "report/common/progress_share.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>

namespace ladder {

namespace {

using json = nlohmann::ordered_json;
using Cell = std::function<json(const BatchRow&)>;

struct ColumnSpec {
    std::string name;
    std::string header;
    Cell cell;
    // Off: only with --columns (the trial's columns also with --trials-ending).
    bool shown_by_default = true;
    // The value in the reports people read (markdown, html) where it differs from `cell`.
    Cell words = nullptr;
    // A column of ids (missing, waived...): the row's list, which a JSON record writes as it
    // is rather than through a copy in `cell` (a list is as long as the framework's criteria).
    std::vector<std::string> BatchRow::*list = nullptr;
    bool (*list_applies)(const BatchRow&) = nullptr;
};

json text_or_null(const std::string& text) {
    return text.empty() ? json() : json(text);
}

// Something was judged: the target, or the first step of the route to it (steps away). A
// target no route reaches has nothing counted.
bool evaluated(const BatchRow& row) {
    return row.status == BatchStatus::ready || row.status == BatchStatus::not_ready ||
           row.status == BatchStatus::steps_away;
}

bool has_route(const BatchRow& row) {
    return !row.route.empty();
}

bool loaded(const BatchRow& row) {
    return row.status != BatchStatus::error && row.status != BatchStatus::no_evidence;
}

// A number that only an evaluated row (or, with `loaded`, any loaded row) has.
Cell count_of(int BatchRow::*field, bool (*applies)(const BatchRow&)) {
    return [field, applies](const BatchRow& row) {
        return applies(row) ? json(row.*field) : json();
    };
}

Cell text_of(std::string BatchRow::*field) {
    return [field](const BatchRow& row) {
        return text_or_null(row.*field);
    };
}

bool in_trial(const BatchRow& row) {
    return !row.trial_ends.empty();
}

// A value that only a row with a trial in progress has.
Cell trial_value(std::function<json(const BatchRow&)> value) {
    return [value](const BatchRow& row) {
        return in_trial(row) ? value(row) : json();
    };
}

// Progress: the share 0..1 in the machine formats, "94%" where people read it.
Cell share_of(double BatchRow::*field, bool (*applies)(const BatchRow&)) {
    return [field, applies](const BatchRow& row) {
        return applies(row) ? json(progress_share(row.*field)) : json();
    };
}

Cell percent_of(double BatchRow::*field, bool (*applies)(const BatchRow&)) {
    return [field, applies](const BatchRow& row) {
        return applies(row) ? json(percent(row.*field)) : json();
    };
}

bool has_best_fit(const BatchRow& row) {
    return !row.best_fit.empty();
}

ColumnSpec list_column(std::string name, std::string header,
                       std::vector<std::string> BatchRow::*field, bool (*applies)(const BatchRow&),
                       bool shown_by_default = true) {
    ColumnSpec spec{std::move(name), std::move(header), [field, applies](const BatchRow& row) {
                        return applies(row) ? json(row.*field) : json();
                    }};
    spec.shown_by_default = shown_by_default;
    spec.list = field;
    spec.list_applies = applies;
    return spec;
}

// The order is the documented default order; new columns are added, never renamed.
const std::vector<ColumnSpec>& specs() {
    static const std::vector<ColumnSpec> columns = {
        {"as_of", "Evaluated on", text_of(&BatchRow::as_of)},
        {"framework", "Framework", text_of(&BatchRow::framework)},
        {"framework_version", "Framework version", text_of(&BatchRow::framework_version)},
        {"file", "File", text_of(&BatchRow::file)},
        {"id", "Id", text_of(&BatchRow::id)},
        {"name", "Name", text_of(&BatchRow::name)},
        {"track", "Track", text_of(&BatchRow::track)},
        {"track_name", "Track name", text_of(&BatchRow::track_name)},
        {"level", "Level", text_of(&BatchRow::level)},
        {"level_title", "Level title", text_of(&BatchRow::level_title)},
        {"band", "Band", count_of(&BatchRow::band, loaded)},
        {"target", "Target", text_of(&BatchRow::target)},
        {"target_title", "Target title", text_of(&BatchRow::target_title)},
        list_column("route", "Route", &BatchRow::route, has_route, false),
        {"status", "Status",
         [](const BatchRow& row) {
             return json(to_string(row.status));
         }},
        {"met", "Met", count_of(&BatchRow::met, evaluated)},
        {"set_aside", "Set aside", count_of(&BatchRow::set_aside, evaluated)},
        {"total", "Criteria", count_of(&BatchRow::total, evaluated)},
        {"progress", "Progress", share_of(&BatchRow::progress, evaluated), true,
         percent_of(&BatchRow::progress, evaluated)},
        {"required_missing", "Required missing", count_of(&BatchRow::required_missing, evaluated)},
        list_column("missing", "Missing", &BatchRow::missing, evaluated),
        list_column("waived", "Waived", &BatchRow::waived, evaluated),
        list_column("not_applicable", "Not applicable", &BatchRow::not_applicable, evaluated),
        {"self_rated", "Self-assessed ratings", count_of(&BatchRow::self_rated, loaded)},
        {"confirmed_ratings", "Confirmed ratings", count_of(&BatchRow::confirmed_ratings, loaded),
         false},
        {"claimed_ratings", "Claimed ratings", count_of(&BatchRow::claimed_ratings, loaded), false},
        {"unattributed_ratings", "Unattributed ratings",
         count_of(&BatchRow::unattributed_ratings, loaded), false},
        {"confirmed_endorsements", "Confirmed endorsements",
         count_of(&BatchRow::confirmed_endorsements, loaded), false},
        {"claimed_endorsements", "Claimed endorsements",
         count_of(&BatchRow::claimed_endorsements, loaded), false},
        {"months_in_level", "Months in level", count_of(&BatchRow::months_in_level, loaded)},
        {"placement", "Evidence meets", text_of(&BatchRow::placement)},
        {"best_fit", "Best fit", text_of(&BatchRow::best_fit)},
        {"best_fit_progress", "Best fit progress",
         share_of(&BatchRow::best_fit_progress, has_best_fit), true,
         percent_of(&BatchRow::best_fit_progress, has_best_fit)},
        {"best_fit_interest", "Interest in best fit",
         [](const BatchRow& row) {
             return row.best_fit.empty() ? json() : json(row.best_fit_interest);
         }},
        {"wrong_track", "On a track not chosen",
         [](const BatchRow& row) { return loaded(row) ? json(row.wrong_track) : json(); }, false},
        {"trial_from", "Trial from", text_of(&BatchRow::trial_from), false},
        {"trial_ends", "Trial ends", text_of(&BatchRow::trial_ends), false},
        {"trial_days_left", "Trial days left",
         trial_value([](const BatchRow& row) { return json(row.trial_days_left); }), false},
        {"trial_standing", "Trial standing", trial_value([](const BatchRow& row) {
             return json(row.trial_ready ? "ready" : "not_ready");
         }),
         false},
        {"trial_required_missing", "Trial required missing",
         trial_value([](const BatchRow& row) { return json(row.trial_required_missing); }), false},
        {"trial_way_back_open", "Trial way back open",
         trial_value([](const BatchRow& row) { return json(row.trial_way_back_open); }), false},
        {"error", "Error", text_of(&BatchRow::error)},
    };
    return columns;
}

const ColumnSpec* find_spec(std::string_view name) {
    for (const auto& spec : specs()) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

std::optional<std::string> label_key(std::string_view name) {
    if (name.substr(0, label_column_prefix.size()) != label_column_prefix) {
        return std::nullopt;
    }
    return std::string(name.substr(label_column_prefix.size()));
}

} // namespace

std::vector<std::string> batch_column_names() {
    std::vector<std::string> names;
    for (const auto& spec : specs()) {
        names.push_back(spec.name);
    }
    return names;
}

std::vector<std::string> default_batch_columns(const Framework& framework) {
    std::vector<std::string> names;
    for (const auto& spec : specs()) {
        if (spec.shown_by_default && spec.name != "error") {
            names.push_back(spec.name);
        }
    }
    for (const auto& label : framework.people.labels) {
        names.push_back(std::string(label_column_prefix) + label);
    }
    names.emplace_back("error");
    return names;
}

std::vector<std::string> readable_batch_columns(const Framework& framework) {
    std::vector<std::string> names = {"id",     "name",     "status",           "level",
                                      "target", "progress", "required_missing", "missing"};
    for (const auto& label : framework.people.labels) {
        names.push_back(std::string(label_column_prefix) + label);
    }
    names.emplace_back("error");
    return names;
}

std::vector<std::string> trial_batch_columns() {
    std::vector<std::string> names;
    for (const auto& spec : specs()) {
        if (spec.name.rfind("trial_", 0) == 0) {
            names.push_back(spec.name);
        }
    }
    return names;
}

std::optional<std::string> unknown_batch_column(const std::vector<std::string>& names) {
    for (const auto& name : names) {
        auto key = label_key(name);
        if (find_spec(name) != nullptr || (key && !key->empty())) {
            continue;
        }
        return fmt::format("unknown column '{}'{}; expected {} or label.KEY", name,
                           did_you_mean(name, batch_column_names()),
                           join(batch_column_names(), ", "));
    }
    return std::nullopt;
}

std::string batch_column_header(const std::string& name) {
    if (const ColumnSpec* spec = find_spec(name)) {
        return spec->header;
    }
    std::string header = label_key(name).value_or(name);
    std::replace(header.begin(), header.end(), '_', ' ');
    if (!header.empty() && header.front() >= 'a' && header.front() <= 'z') {
        header.front() = static_cast<char>(header.front() - 'a' + 'A');
    }
    return header;
}

json batch_cell(const BatchRow& row, const std::string& name) {
    if (const ColumnSpec* spec = find_spec(name)) {
        return spec->cell(row);
    }
    if (auto key = label_key(name)) {
        auto it = row.labels.find(*key);
        return it == row.labels.end() ? json() : json(it->second);
    }
    return json();
}

void append_batch_cell_json(std::string& out, const BatchRow& row, const std::string& name) {
    const ColumnSpec* spec = find_spec(name);
    if (spec == nullptr || spec->list == nullptr) {
        append_json_text(out, batch_cell(row, name));
        return;
    }
    if (!spec->list_applies(row)) {
        out += "null";
        return;
    }
    const std::vector<std::string>& ids = row.*(spec->list);
    out += '[';
    for (std::size_t i = 0; i < ids.size(); ++i) {
        out += i == 0 ? "" : ",";
        append_json_string(out, ids[i]);
    }
    out += ']';
}

json batch_cell_words(const BatchRow& row, const std::string& name) {
    const ColumnSpec* spec = find_spec(name);
    return spec != nullptr && spec->words ? spec->words(row) : batch_cell(row, name);
}

} // namespace ladder
