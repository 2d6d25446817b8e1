#include "eval/criterion_judge.hpp"
#include "eval/evaluation.hpp"
#include "eval/placement.hpp"
#include "load/criteria_loader.hpp"
#include "load/source_text.hpp"
#include "test_support.hpp"

#include <fmt/format.h>

using namespace ladder;
using namespace ladder::test;

namespace {

Framework shipped_framework() {
    Diagnostics diagnostics;
    Framework framework = load_framework(embedded_sources(), InputLimits{}, diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());
    index_criteria(framework);
    return framework;
}

// Someone at `level` with some of everything the shipped rules read: ratings, programmes,
// interests, evidence that passes some filters and fails others, history, and a criterion
// set aside, so that outcomes of every status come out.
Person person_at(const Level& level) {
    return load_valid_person(fmt::format(R"(person: {{id: E1, name: Test Person}}
track: {}
level: {}
in_level_since: 2025-03-01
joined: 2021-06-01
history:
  - {{level: IC2, since: 2021-06-01}}
  - {{level: IC3, since: 2023-02-01}}
interests: [management]
ratings: {{technical_depth: 4, delivery: 3, collaboration: 2, influence: 3}}
completed: [secure-coding, manager-foundations]
evidence:
  - {{id: big-project, type: project, kind: artifact, title: A project, date: 2026-05-01,
     role: lead, scope: multi_team, competencies: [delivery], endorsed_by: [E2, E3]}}
  - {{id: old-design, type: design, kind: artifact, title: A design, date: 2022-01-10,
     role: owner, scope: team, competencies: [technical_depth]}}
  - {{id: mentoring, type: mentoring, kind: testimony, title: Mentoring, date: 2026-02-01,
     role: contributor, scope: team, endorsed_by: [E4]}}
exceptions:
  - {{criterion: ic3-time-in-level, status: waived, justification: Counted elsewhere.,
     approved_by: E9, date: 2026-01-05}}
)",
                                         level.track.id, level.id));
}

// What a verdict is: the same whichever way it was reached.
void check_same_verdicts(const LevelResult& kept, const LevelResult& fresh) {
    CHECK(kept.ready == fresh.ready);
    CHECK(kept.met == fresh.met);
    CHECK(kept.total == fresh.total);
    CHECK(kept.progress == fresh.progress);
    REQUIRE(kept.criteria.size() == fresh.criteria.size());
    for (std::size_t i = 0; i < kept.criteria.size(); ++i) {
        const CriterionResult& a = kept.criteria[i];
        const CriterionResult& b = fresh.criteria[i];
        CAPTURE(b.criterion->id);
        CHECK(a.criterion == b.criterion);
        CHECK(a.stated_by == b.stated_by);
        CHECK(a.inherited == b.inherited);
        CHECK(a.exception == b.exception);
        CHECK(a.outcome.status == b.outcome.status);
        CHECK(a.outcome.progress == b.outcome.progress);
    }
}

} // namespace

TEST_SUITE("eval/criterion_judge") {

    TEST_CASE("a judge that keeps verdicts gives each level and move what a fresh one does") {
        Framework framework = shipped_framework();
        Date as_of = date("2026-11-01");
        int statuses_seen[5] = {};
        for (const auto& own : framework.levels) {
            CAPTURE(own.id);
            Person person = person_at(own);
            // One judge for every level and move: most criteria are asked for several times.
            CriterionJudge judge(framework, person, as_of, Detail::verdicts);
            for (const auto& level : framework.levels) {
                CAPTURE(level.id);
                LevelResult kept = evaluate_level(judge, level);
                check_same_verdicts(kept, evaluate_level(framework, person, level, as_of));
                for (const auto& result : kept.criteria) {
                    ++statuses_seen[static_cast<int>(result.outcome.status)];
                }
            }
            for (const auto& move : framework.transitions) {
                const Level* to = framework.find_level(move.to.id);
                REQUIRE(to != nullptr);
                check_same_verdicts(evaluate_move(judge, move, *to),
                                    evaluate_move(framework, person, move, *to, as_of));
            }
        }
        // The people above reach every status, so the comparison covers each of them.
        for (int count : statuses_seen) {
            CHECK(count > 0);
        }
    }

    TEST_CASE("a verdict holds no words, items or parts: nothing is lost by keeping it alone") {
        Framework framework = shipped_framework();
        for (const auto& own : framework.levels) {
            Person person = person_at(own);
            for (const auto& level : framework.levels) {
                LevelResult result =
                    evaluate_level(framework, person, level, date("2026-11-01"), Detail::verdicts);
                for (const auto& criterion : result.criteria) {
                    CAPTURE(criterion.criterion->id);
                    const Outcome& outcome = criterion.outcome;
                    CHECK(outcome.reason.empty());
                    CHECK(outcome.missing.empty());
                    CHECK(outcome.evidence.empty());
                    CHECK(outcome.considered.empty());
                    CHECK(outcome.parts.empty());
                    CHECK(outcome.option.empty());
                    CHECK(outcome.needs.empty());
                }
            }
        }
    }

    TEST_CASE("from Detail::evidence on, outcomes name the items that counted") {
        Framework framework = shipped_framework();
        const Level* level = framework.find_level("IC3");
        REQUIRE(level != nullptr);
        Person person = person_at(*level);
        LevelResult result =
            evaluate_level(framework, person, *level, date("2026-11-01"), Detail::evidence);
        bool named = false;
        for (const auto& criterion : result.criteria) {
            named = named || !criterion.outcome.evidence.empty();
            CHECK(criterion.outcome.reason.empty());
        }
        CHECK(named);
    }

    TEST_CASE("the placement climb through a kept judge reaches the level a fresh one does") {
        Framework framework = shipped_framework();
        for (const auto& own : framework.levels) {
            CAPTURE(own.id);
            Person person = person_at(own);
            CriterionJudge judge(framework, person, date("2026-11-01"), Detail::verdicts);
            evaluate_person(judge, std::nullopt); // fills the judge first, as a batch row does
            CHECK(reached_on_own_track(judge) ==
                  reached_on_own_track(framework, person, date("2026-11-01")));
        }
    }
}
