#include "check/evidence_checks.hpp"

#include "model/template_placeholders.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <functional>
#include <map>

namespace ladder {

namespace {

// Reports `ref` unless `exists`; the list of known ids (for "did you mean") is only built
// when there is something to report, which keeps checking thousands of files cheap.
void check_ref(Diagnostics& diagnostics, const IdRef& ref, std::string_view what, bool exists,
               const std::function<std::vector<std::string>()>& known_ids) {
    if (!ref.id.empty() && !exists) {
        diagnostics.error(
            ref.where, fmt::format("unknown-{}", what),
            fmt::format("unknown {} '{}'{}", what, ref.id, did_you_mean(ref.id, known_ids())));
    }
}

void check_track(Diagnostics& diagnostics, const Framework& framework, const IdRef& ref) {
    check_ref(diagnostics, ref, "track", framework.find_track(ref.id),
              [&] { return framework.track_ids(); });
}

void check_competency(Diagnostics& diagnostics, const Framework& framework, const IdRef& ref) {
    check_ref(diagnostics, ref, "competency", framework.find_competency(ref.id),
              [&] { return framework.competency_ids(); });
}

void check_criterion(Diagnostics& diagnostics, const Framework& framework, const IdRef& ref) {
    check_ref(diagnostics, ref, "criterion", framework.find_criterion(ref.id),
              [&] { return framework.criterion_ids(); });
}

// `joined` is a fact of the past, and the person joined before holding any level here.
void check_joined(const Person& person, const Date& as_of, Diagnostics& diagnostics) {
    if (!person.joined || placeholder::is_placeholder_date(*person.joined)) {
        return;
    }
    const Date& joined = *person.joined;
    if (joined > as_of) {
        // One mistake, one message: a year mistyped is after every level too.
        diagnostics.error(person.joined_where, "date-after-as-of",
                          fmt::format("joined {} is after the evaluation date {}",
                                      joined.to_string(), as_of.to_string()));
        return;
    }
    if (joined > person.in_level_since &&
        !placeholder::is_placeholder_date(person.in_level_since)) {
        diagnostics.error(person.joined_where, "joined-after-level",
                          fmt::format("joined: expected a date on or before in_level_since {} "
                                      "(a person joins before holding a level), found {}",
                                      person.in_level_since.to_string(), joined.to_string()));
    }
    for (const auto& past : person.history) {
        if (joined > past.since) {
            diagnostics.error(person.joined_where, "joined-after-level",
                              fmt::format("joined: expected a date on or before the history "
                                          "entry of {} since {} (line {}), found {}",
                                          past.level.id, past.since.to_string(),
                                          past.since_where.line, joined.to_string()));
            break;
        }
    }
}

void check_position(const Framework& framework, const Person& person, const Date& as_of,
                    Diagnostics& diagnostics) {
    check_track(diagnostics, framework, person.track);
    check_ref(diagnostics, person.level, "level", framework.find_level(person.level.id),
              [&] { return framework.level_ids(); });
    const Level* level = framework.find_level(person.level.id);
    if (level && !person.track.id.empty() && !framework.on_track(*level, person.track.id) &&
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
    check_joined(person, as_of, diagnostics);
    for (const auto& past : person.history) {
        check_ref(diagnostics, past.level, "level", framework.find_level(past.level.id),
                  [&] { return framework.level_ids(); });
        if (past.since >= person.in_level_since) {
            diagnostics.error(past.since_where, "history-not-before-current",
                              fmt::format("history: expected a date before in_level_since {} "
                                          "(the current level starts after the past ones), "
                                          "found {}",
                                          person.in_level_since.to_string(),
                                          past.since.to_string()));
        }
    }
    // An interest names a track, or a level (a role such as a lead level on a one-track
    // ladder).
    for (const auto& interest : person.interests) {
        check_ref(diagnostics, interest, "track",
                  framework.find_track(interest.id) || framework.find_level(interest.id), [&] {
                      auto known = framework.track_ids();
                      auto levels = framework.level_ids();
                      known.insert(known.end(), levels.begin(), levels.end());
                      return known;
                  });
    }
    for (const auto& programme : person.completed) {
        check_ref(diagnostics, programme, "programme", framework.find_programme(programme.id),
                  [&] { return framework.programme_ids(); });
    }
}

void check_ratings(const Framework& framework, const Person& person, const Date& as_of,
                   Diagnostics& diagnostics) {
    for (const auto& rating : person.ratings) {
        if (rating.date && *rating.date > as_of) {
            diagnostics.error(rating.date_where, "date-after-as-of",
                              fmt::format("the rating of '{}' is dated {}, after the evaluation "
                                          "date {}",
                                          rating.competency.id, rating.date->to_string(),
                                          as_of.to_string()));
        }
        check_competency(diagnostics, framework, rating.competency);
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
        if (placeholder::is_example_item(item)) {
            diagnostics.warning(item.where, "template-placeholder",
                                fmt::format("evidence item '{}' still has the title '{}' of the "
                                            "example from 'ladder template'; it does not count "
                                            "as evidence until it describes what you did",
                                            item.id, placeholder::item_title));
        }
        for (const auto& competency : item.competencies) {
            check_competency(diagnostics, framework, competency);
        }
        for (const auto& criterion : item.demonstrates) {
            check_criterion(diagnostics, framework, criterion);
        }
    }
}

void check_exceptions(const Framework& framework, const Person& person, const Date& as_of,
                      Diagnostics& diagnostics) {
    std::map<std::string, Location> seen;
    for (const auto& exception : person.exceptions) {
        if (exception.date && *exception.date > as_of) {
            diagnostics.error(exception.date_where, "date-after-as-of",
                              fmt::format("the exception for '{}' is dated {}, after the "
                                          "evaluation date {}",
                                          exception.criterion.id, exception.date->to_string(),
                                          as_of.to_string()));
        }
        check_criterion(diagnostics, framework, exception.criterion);
        if (!seen.emplace(exception.criterion.id, exception.criterion.where).second) {
            diagnostics.error(
                exception.criterion.where, "duplicate-exception",
                fmt::format("criterion '{}' has more than one exception", exception.criterion.id));
        }
    }
}

// A framework that lists its labels catches a misspelt one ("taem"); one that lists none
// accepts any.
void check_labels(const Framework& framework, const Person& person, Diagnostics& diagnostics) {
    const auto& expected = framework.people.labels;
    if (expected.empty()) {
        return;
    }
    for (const auto& label : person.labels) {
        if (label.key.where.file != person.file) {
            continue; // from the roster, whose columns are checked once for the run
        }
        check_ref(diagnostics, label.key, "label",
                  std::find(expected.begin(), expected.end(), label.key.id) != expected.end(),
                  [&] { return expected; });
    }
}

// Who may approve: never the person; otherwise, when the framework says, one of its approver
// ids or the person named by one of its approver labels (their manager, say).
bool approver_allowed(const PeoplePolicy& policy, const Person& person,
                      const std::string& approver) {
    const auto& ids = policy.approvers;
    if (std::find(ids.begin(), ids.end(), approver) != ids.end()) {
        return true;
    }
    return std::any_of(policy.approver_labels.begin(), policy.approver_labels.end(),
                       [&](const std::string& key) {
                           const std::string* value = person.label(key);
                           return value != nullptr && *value == approver;
                       });
}

// "one of E0001, E0002 or the person's manager (E0007)", for the message.
std::string describe_approvers(const PeoplePolicy& policy, const Person& person) {
    std::vector<std::string> who = policy.approvers;
    for (const auto& key : policy.approver_labels) {
        const std::string* value = person.label(key);
        who.push_back(fmt::format("the person's {} ({})", key, value ? *value : "not given"));
    }
    return who.size() == 1 ? who.front() : "one of " + join(who, ", ");
}

void check_approvals(const Framework& framework, const Person& person, Diagnostics& diagnostics) {
    const PeoplePolicy& policy = framework.people;
    for (const auto& exception : person.exceptions) {
        const Location& where = exception.approved_by_where;
        if (exception.approved_by == person.id) {
            diagnostics.error(where, "self-approved-exception",
                              fmt::format("the exception for '{}' is approved by {}, the person "
                                          "themselves; expected someone else's approval",
                                          exception.criterion.id, exception.approved_by));
        } else if (policy.declares_approvers() &&
                   !approver_allowed(policy, person, exception.approved_by)) {
            diagnostics.error(where, "approver-not-allowed",
                              fmt::format("the exception for '{}' is approved by {}, who may not "
                                          "approve exceptions; expected {}",
                                          exception.criterion.id, exception.approved_by,
                                          describe_approvers(policy, person)));
        }
    }
}

// A trial names the level the person left; the framework must define the move from there to
// their level, with a trial period, and the trial cannot start after the evaluation date.
void check_trial(const Framework& framework, const Person& person, const Date& as_of,
                 Diagnostics& diagnostics) {
    const Trial& trial = *person.trial;
    if (trial.since > as_of) {
        diagnostics.error(trial.since_where, "date-after-as-of",
                          fmt::format("trial since {} is after the evaluation date {}",
                                      trial.since.to_string(), as_of.to_string()));
    }
    if (!framework.find_level(trial.from.id)) {
        check_ref(diagnostics, trial.from, "level", false, [&] { return framework.level_ids(); });
        return;
    }
    const Transition* move = framework.find_transition(trial.from.id, person.level.id);
    if (move == nullptr) {
        diagnostics.error(trial.from.where, "unknown-move",
                          fmt::format("trial: expected a move the framework defines from '{}' to "
                                      "the person's level '{}', found none",
                                      trial.from.id, person.level.id));
    } else if (!move->trial_months) {
        diagnostics.error(trial.from.where, "no-trial-period",
                          fmt::format("trial: the move {} -> {} has no trial period "
                                      "(trial_months); expected a move with one",
                                      trial.from.id, person.level.id));
    }
}

// A date `ladder template` wrote is no fact: it counts toward nothing (tenure says so), and
// validate warns.
void check_placeholder_dates(const Person& person, Diagnostics& diagnostics) {
    auto warn = [&](const Location& where, std::string_view key, std::string_view meaning) {
        diagnostics.warning(where, "template-placeholder",
                            fmt::format("{} is still {}, the placeholder from 'ladder template'; "
                                        "expected {}: until then it counts toward nothing",
                                        key, placeholder::date().to_string(), meaning));
    };
    if (placeholder::is_placeholder_date(person.in_level_since)) {
        warn(person.in_level_since_where, "in_level_since", "the date the current level began");
    }
    if (person.joined && placeholder::is_placeholder_date(*person.joined)) {
        warn(person.joined_where, "joined", "the date the person joined");
    }
}

} // namespace

void check_person(const Framework& framework, const Person& person, const Date& as_of,
                  Diagnostics& diagnostics) {
    if (placeholder::is_example_person(person)) {
        diagnostics.warning(person.id_where, "template-placeholder",
                            fmt::format("the person is still '{}' ({}), the placeholder from "
                                        "'ladder template'; expected your own name and id",
                                        person.name, person.id));
    }
    check_placeholder_dates(person, diagnostics);
    check_position(framework, person, as_of, diagnostics);
    check_ratings(framework, person, as_of, diagnostics);
    check_items(framework, person, as_of, diagnostics);
    check_exceptions(framework, person, as_of, diagnostics);
    check_approvals(framework, person, diagnostics);
    check_labels(framework, person, diagnostics);
    if (person.trial) {
        check_trial(framework, person, as_of, diagnostics);
    }
}

} // namespace ladder
