#include "check/evidence_checks.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace ladder {

namespace {

bool known(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void check_ref(Diagnostics& diagnostics, const IdRef& ref, std::string_view what,
               const std::vector<std::string>& ids) {
    if (!ref.id.empty() && !known(ids, ref.id)) {
        diagnostics.error(ref.where, fmt::format("unknown-{}", what),
                          fmt::format("unknown {} '{}'{}", what, ref.id,
                                      did_you_mean(ref.id, ids)));
    }
}

void check_position(const Framework& framework, const Person& person, const Date& as_of,
                    Diagnostics& diagnostics) {
    check_ref(diagnostics, person.track, "track", framework.track_ids());
    check_ref(diagnostics, person.level, "level", framework.level_ids());
    const Level* level = framework.find_level(person.level.id);
    if (level && !person.track.id.empty() && level->track.id != person.track.id &&
        framework.find_track(person.track.id)) {
        diagnostics.error(person.level.where, "level-not-on-track",
                          fmt::format("level '{}' is on track '{}', not on '{}'", level->id,
                                      level->track.id, person.track.id));
    }
    if (person.in_level_since > as_of) {
        diagnostics.error(person.in_level_since_where, "date-after-as-of",
                          fmt::format("in_level_since {} is after the evaluation date {}",
                                      person.in_level_since.to_string(), as_of.to_string()));
    }
    for (const auto& interest : person.interests) {
        check_ref(diagnostics, interest, "track", framework.track_ids());
    }
    for (const auto& programme : person.completed) {
        check_ref(diagnostics, programme, "programme", framework.programme_ids());
    }
}

void check_ratings(const Framework& framework, const Person& person, Diagnostics& diagnostics) {
    for (const auto& rating : person.ratings) {
        check_ref(diagnostics, rating.competency, "competency", framework.competency_ids());
        if (rating.value < framework.scale_min() || rating.value > framework.scale_max()) {
            diagnostics.error(rating.competency.where, "rating-off-scale",
                              fmt::format("rating of '{}': expected a whole number from {} to "
                                          "{}, found {}",
                                          rating.competency.id, framework.scale_min(),
                                          framework.scale_max(), rating.value));
        }
    }
}

void check_items(const Framework& framework, const Person& person, const Date& as_of,
                 Diagnostics& diagnostics) {
    std::map<std::string, Location> seen;
    auto criteria = framework.criterion_ids();
    for (const auto& item : person.evidence) {
        auto [it, inserted] = seen.emplace(item.id, item.where);
        if (!inserted) {
            diagnostics.error(item.where, "duplicate-id",
                              fmt::format("the evidence id '{}' is already used at line {}; "
                                          "expected each id once",
                                          item.id, it->second.line));
        }
        if (item.date > as_of) {
            diagnostics.error(item.date_where, "date-after-as-of",
                              fmt::format("evidence item '{}' is dated {}, after the evaluation "
                                          "date {}",
                                          item.id, item.date.to_string(), as_of.to_string()));
        }
        for (const auto& competency : item.competencies) {
            check_ref(diagnostics, competency, "competency", framework.competency_ids());
        }
        for (const auto& criterion : item.demonstrates) {
            check_ref(diagnostics, criterion, "criterion", criteria);
        }
    }
}

void check_exceptions(const Framework& framework, const Person& person, Diagnostics& diagnostics) {
    auto criteria = framework.criterion_ids();
    std::map<std::string, Location> seen;
    for (const auto& exception : person.exceptions) {
        check_ref(diagnostics, exception.criterion, "criterion", criteria);
        if (!seen.emplace(exception.criterion.id, exception.criterion.where).second) {
            diagnostics.error(exception.criterion.where, "duplicate-exception",
                              fmt::format("criterion '{}' has more than one exception",
                                          exception.criterion.id));
        }
    }
}

} // namespace

void check_person(const Framework& framework, const Person& person, const Date& as_of,
                  Diagnostics& diagnostics) {
    check_position(framework, person, as_of, diagnostics);
    check_ratings(framework, person, diagnostics);
    check_items(framework, person, as_of, diagnostics);
    check_exceptions(framework, person, diagnostics);
}

} // namespace ladder
