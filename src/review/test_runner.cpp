#include "review/test_runner.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

std::string readiness(bool ready) {
    return ready ? "ready" : "not ready";
}

// Why the level is (not) ready, in the words a reviewer needs to fix the case or the criteria.
std::string readiness_detail(const LevelResult& result) {
    std::string missing;
    for (const auto& criterion : result.criteria) {
        bool done = counts_as_met(criterion);
        if (!done && criterion.criterion->required) {
            missing += fmt::format("{}{} ({})", missing.empty() ? "" : ", ",
                                   criterion.criterion->id, to_string(criterion.outcome.status));
        }
    }
    if (missing.empty()) {
        return fmt::format("every required criterion is met; {} of {} criteria met", result.met,
                           result.total);
    }
    return "required criteria not met: " + missing;
}

const CriterionResult* find_result(const LevelResult& result, const std::string& id) {
    for (const auto& criterion : result.criteria) {
        if (criterion.criterion->id == id) {
            return &criterion;
        }
    }
    return nullptr;
}

// What was judged and why it is (not) ready, in the words a reviewer needs: the target, the
// first step of a route to it, or why nothing was judged.
std::string judgement_detail(const TargetJudgement& judgement, const Person& person) {
    const std::string& target = judgement.target->id;
    switch (judgement.verdict) {
    case TargetVerdict::no_route:
        return no_route_words(person.level.id, target);
    case TargetVerdict::steps_away: {
        const LevelResult& first = *judgement.result;
        return fmt::format("{}; the first step, {}: {}",
                           steps_away_words(target, route_levels(judgement.route)), first.level->id,
                           readiness_detail(first));
    }
    default:
        return readiness_detail(*judgement.result);
    }
}

void compare_ready(const TestCase& test, const TargetJudgement& judgement, const Person& person,
                   CaseResult& outcome) {
    if (!test.ready || *test.ready == judgement.ready()) {
        return;
    }
    outcome.mismatches.push_back({test.ready_where, "ready", readiness(*test.ready),
                                  target_verdict_words(judgement.verdict, judgement.route.size()),
                                  judgement_detail(judgement, person)});
}

// Why a criterion expected is not among those judged.
std::string not_judged(const TestCase& test, const TargetJudgement& judgement, const Person& person,
                       const std::string& criterion) {
    switch (judgement.verdict) {
    case TargetVerdict::no_route:
        return fmt::format("nothing is judged: {}", no_route_words(person.level.id, test.target));
    case TargetVerdict::steps_away:
        return fmt::format("'{}' is not among the criteria of {}, the first step of the route to "
                           "{} ({}), which is what is judged",
                           criterion, judgement.result->level->id, test.target,
                           join(route_levels(judgement.route), " -> "));
    default:
        return fmt::format("'{}' is not among the criteria {} is judged on", criterion,
                           test.target);
    }
}

void compare_criteria(const TestCase& test, const TargetJudgement& judgement, const Person& person,
                      CaseResult& outcome) {
    for (const auto& expected : test.criteria) {
        std::string wanted(to_string(expected.status));
        const CriterionResult* actual =
            judgement.result ? find_result(*judgement.result, expected.criterion) : nullptr;
        if (actual == nullptr) {
            outcome.mismatches.push_back({expected.where, expected.criterion, wanted,
                                          "not evaluated",
                                          not_judged(test, judgement, person, expected.criterion)});
        } else if (actual->outcome.status != expected.status) {
            outcome.mismatches.push_back({expected.where, expected.criterion, wanted,
                                          std::string(to_string(actual->outcome.status)),
                                          actual->outcome.reason});
        }
    }
}

void add_criteria(const std::vector<Criterion>& criteria, const std::string& owner,
                  const CoverageCounter& counter, Coverage& coverage) {
    for (const auto& criterion : criteria) {
        CriterionCoverage entry{&criterion, owner, counter.seen_met(criterion.id),
                                counter.seen_not_met(criterion.id)};
        coverage.covered += entry.covered() ? 1 : 0;
        coverage.total += 1;
        coverage.criteria.push_back(entry);
    }
}

} // namespace

std::string_view to_string(CaseVerdict verdict) {
    switch (verdict) {
    case CaseVerdict::passed:
        return "passed";
    case CaseVerdict::failed:
        return "failed";
    case CaseVerdict::error:
        return "error";
    }
    return "error";
}

void CoverageCounter::record(const LevelResult& result) {
    for (const auto& criterion : result.criteria) {
        auto& [met, not_met] = seen_[criterion.criterion->id];
        switch (criterion.outcome.status) {
        case Status::met:
            met = true;
            break;
        case Status::waived:
            break;
        default:
            not_met = true;
        }
    }
}

bool CoverageCounter::seen_met(const std::string& criterion) const {
    auto found = seen_.find(criterion);
    return found != seen_.end() && found->second.first;
}

bool CoverageCounter::seen_not_met(const std::string& criterion) const {
    auto found = seen_.find(criterion);
    return found != seen_.end() && found->second.second;
}

CaseResult run_test_case(const Framework& framework, const TestCase& test, const Person& person,
                         CoverageCounter& coverage) {
    CaseResult outcome;
    outcome.test = &test;
    const Level* target = framework.find_level(test.target);
    if (target == nullptr) {
        outcome.verdict = CaseVerdict::failed;
        outcome.mismatches.push_back({test.target_where, "target", "a level of the framework",
                                      "no such level",
                                      fmt::format("the framework has no level '{}'", test.target)});
        return outcome;
    }
    // Judged as every command judges a target (eval/route), so that an expectation means what
    // `ladder evaluate --target` shows.
    TargetJudgement judgement = judge_target(framework, person, *target, test.as_of);
    if (judgement.route.empty() && judgement.result) {
        coverage.record(*judgement.result);
    }
    for (const auto& step : judgement.route) {
        coverage.record(step.result); // each step is judged on today's evidence
    }
    compare_ready(test, judgement, person, outcome);
    compare_criteria(test, judgement, person, outcome);
    outcome.verdict = outcome.mismatches.empty() ? CaseVerdict::passed : CaseVerdict::failed;
    return outcome;
}

CaseResult errored_case(const TestCase& test, std::vector<Diagnostic> errors) {
    CaseResult outcome;
    outcome.test = &test;
    outcome.verdict = CaseVerdict::error;
    outcome.errors = std::move(errors);
    return outcome;
}

Coverage coverage_of(const Framework& framework, const CoverageCounter& counter) {
    Coverage coverage;
    for (const auto& level : framework.levels) {
        add_criteria(level.criteria, level.id, counter, coverage);
    }
    for (const auto& transition : framework.transitions) {
        add_criteria(transition.criteria,
                     fmt::format("{} -> {}", transition.from.id, transition.to.id), counter,
                     coverage);
    }
    return coverage;
}

} // namespace ladder
