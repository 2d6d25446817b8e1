#include "eval/best_fit.hpp"
#include "eval/evaluation.hpp"
#include "eval/route.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// ic: L1 < L2 < L3; management: M1 (band 1, no move leads there) < M2 < M3. The only move is
// L2 -> M2, which asks for an interest in management.
const std::string routes_text = test::framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: []}
  - id: L2
    track: ic
    title: Two
    band: 2
    summary: S
    criteria:
      - {id: l2-depth, title: Depth, description: D, guidance: G, rating: {competency: technical_depth, min: 3}}
  - {id: L3, track: ic, title: Three, band: 3, summary: S, criteria: []}
  - {id: M1, track: management, title: Lead, band: 1, summary: S, criteria: []}
  - {id: M2, track: management, title: Manager, band: 2, summary: S, criteria: []}
  - {id: M3, track: management, title: Director, band: 3, summary: S, criteria: []}
transitions:
  - from: L2
    to: M2
    trial_months: 6
    criteria:
      - {id: to-m2, title: Move, description: D, guidance: G, interest: {track: management}}
)";

Person person_at(const std::string& level, const std::string& interests) {
    return test::load_valid_person("person: {id: E1, name: P}\ntrack: ic\nlevel: " + level +
                                   "\nin_level_since: 2025-01-15\ninterests: [" + interests +
                                   "]\n");
}

std::vector<std::string> steps(const std::vector<RouteStep>& route) {
    std::vector<std::string> seen;
    for (const auto& step : route) {
        seen.push_back(step.from->id + (step.move ? " move " : " promotion ") + step.to->id);
    }
    return seen;
}

} // namespace

TEST_SUITE("eval/route") {

    TEST_CASE("a level on another track with no move from the person's level needs a route") {
        Framework framework = test::load_valid_framework(routes_text);
        CHECK(needs_route(framework, person_at("L1", "ic"), *framework.find_level("M2")));
        CHECK_FALSE(needs_route(framework, person_at("L2", "ic"), *framework.find_level("M2")));
        CHECK_FALSE(needs_route(framework, person_at("L1", "ic"), *framework.find_level("L3")));
    }

    TEST_CASE("the route climbs the person's track to the move, then up the other track") {
        Framework framework = test::load_valid_framework(routes_text);
        CHECK(steps(find_route(framework, *framework.find_level("L1"),
                               *framework.find_level("M3"))) ==
              std::vector<std::string>{"L1 promotion L2", "L2 move M2", "M2 promotion M3"});
    }

    TEST_CASE("the route to a track ends at the first level of it the search reaches") {
        Framework framework = test::load_valid_framework(routes_text);
        const Level& l1 = *framework.find_level("L1");
        CHECK(steps(find_route_to_track(framework, l1, "management")) ==
              std::vector<std::string>{"L1 promotion L2", "L2 move M2"});
        CHECK(steps(find_route_to_track(framework, *framework.find_level("L2"), "management")) ==
              std::vector<std::string>{"L2 move M2"});
        CHECK(find_route_to_track(framework, *framework.find_level("L3"), "management").empty());
    }

    TEST_CASE("no route reaches a level below the only move") {
        Framework framework = test::load_valid_framework(routes_text);
        CHECK(find_route(framework, *framework.find_level("L1"), *framework.find_level("M1"))
                  .empty());
        TargetJudgement judgement =
            judge_target(framework, person_at("L1", "ic"), *framework.find_level("M1"),
                         test::date("2026-01-01"));
        CHECK_FALSE(judgement.reachable());
        CHECK(judgement.verdict == TargetVerdict::no_route);
        CHECK_FALSE(judgement.ready());
        CHECK_FALSE(judgement.result.has_value());
    }

    TEST_CASE("each step of a route is judged on today's evidence, the first one in full") {
        Framework framework = test::load_valid_framework(routes_text);
        Person person = person_at("L1", "ic, management");
        TargetJudgement judgement =
            judge_target(framework, person, *framework.find_level("M2"), test::date("2026-01-01"));
        REQUIRE(judgement.route.size() == 2);
        REQUIRE(judgement.result.has_value());
        CHECK(judgement.result->level->id == "L2");
        CHECK_FALSE(judgement.route[0].result.ready); // no rating in technical depth
        CHECK(judgement.route[1].result.transition != nullptr);
        CHECK(judgement.route[1].result.ready); // the move asks only for the interest
    }

    TEST_CASE("a target one step away is judged directly, with no route") {
        Framework framework = test::load_valid_framework(routes_text);
        TargetJudgement judgement =
            judge_target(framework, person_at("L2", "ic"), *framework.find_level("M2"),
                         test::date("2026-01-01"));
        CHECK(judgement.route.empty());
        REQUIRE(judgement.result.has_value());
        CHECK(judgement.result->transition != nullptr);
    }

    TEST_CASE("the cross-track view holds the person's level and the steps from it only") {
        Framework framework = test::load_valid_framework(routes_text);
        Evaluation evaluation = evaluate_person(framework, person_at("L2", "ic"),
                                                test::date("2026-01-01"), std::nullopt);
        std::vector<std::string> levels;
        for (const auto& entry : evaluation.cross_track) {
            levels.push_back(entry.result.level->id);
        }
        CHECK(levels == std::vector<std::string>{"L2", "L3", "M2"}); // never M3: two steps away
    }

    TEST_CASE("best fit: a move sideways counts once ready, and declared interest comes first") {
        Framework framework = test::load_valid_framework(routes_text);
        Date as_of = test::date("2026-01-01");
        Evaluation not_wanted =
            evaluate_person(framework, person_at("L2", "ic"), as_of, std::nullopt);
        const CrossTrackEntry* fit = best_cross_track_fit(not_wanted);
        REQUIRE(fit != nullptr);
        CHECK(fit->result.level->id == "L3"); // the move to M2 is not ready: no interest
        Evaluation wanted =
            evaluate_person(framework, person_at("L2", "management"), as_of, std::nullopt);
        fit = best_cross_track_fit(wanted);
        REQUIRE(fit != nullptr);
        CHECK(fit->result.level->id == "M2"); // ready, and on the track the person wants
    }

    TEST_CASE("best fit: a move down to a lower band is never suggested, even when ready") {
        // L3 is the top of its track; the only step from it is a ready move down to M1.
        Framework framework = test::load_valid_framework(routes_text + R"(  - from: L3
    to: M1
    criteria:
      - {id: to-m1, title: Move, description: D, guidance: G, interest: {track: management}}
)");
        Evaluation evaluation = evaluate_person(framework, person_at("L3", "management"),
                                                test::date("2026-01-01"), std::nullopt);
        bool move_is_ready = false;
        for (const auto& entry : evaluation.cross_track) {
            move_is_ready |= entry.result.level->id == "M1" && entry.result.ready;
        }
        CHECK(move_is_ready); // the move is in the view, and ready
        CHECK(best_cross_track_fit(evaluation) == nullptr);
    }

    TEST_CASE("the verdict: only one step ready is ready; steps away is not, whatever its steps") {
        Framework framework = test::load_valid_framework(routes_text);
        Date as_of = test::date("2026-01-01");
        const Level& m2 = *framework.find_level("M2");
        SUBCASE("one step, a move, ready or not") {
            CHECK(judge_target(framework, person_at("L2", "management"), m2, as_of).verdict ==
                  TargetVerdict::ready);
            TargetJudgement not_wanted = judge_target(framework, person_at("L2", "ic"), m2, as_of);
            CHECK(not_wanted.verdict == TargetVerdict::not_ready);
            CHECK(not_wanted.reachable());
            CHECK_FALSE(not_wanted.ready());
        }
        SUBCASE("a route whose every step is ready is still steps away, not ready") {
            Person person = test::load_valid_person(
                "person: {id: E1, name: P}\ntrack: ic\nlevel: L1\nin_level_since: "
                "2025-01-15\ninterests: [management]\nratings: {technical_depth: 3}\n");
            TargetJudgement judgement = judge_target(framework, person, m2, as_of);
            REQUIRE(judgement.route.size() == 2);
            CHECK(judgement.route[0].result.ready);
            CHECK(judgement.route[1].result.ready);
            CHECK(judgement.verdict == TargetVerdict::steps_away);
            CHECK_FALSE(judgement.ready());
            CHECK(judgement.reachable());
            CHECK(judgement.target == &m2);
            REQUIRE(judgement.result.has_value());
            CHECK(judgement.result->level->id == "L2"); // what is judged in full: the first step
        }
        SUBCASE("a level on the person's own track is one step, however far") {
            TargetJudgement far =
                judge_target(framework, person_at("L1", "ic"), *framework.find_level("L3"), as_of);
            CHECK(far.route.empty());
            CHECK(far.verdict == TargetVerdict::ready); // L3 asks for nothing
        }
    }

    TEST_CASE("evaluate_person gives judge_target's verdict, and only ready is ready for it") {
        Framework framework = test::load_valid_framework(routes_text);
        Date as_of = test::date("2026-01-01");
        auto verdict_of_person = [&](const std::string& level, const std::string& target) {
            Evaluation evaluation =
                evaluate_person(framework, person_at(level, "management"), as_of, target);
            TargetJudgement judgement = judge_target(framework, person_at(level, "management"),
                                                     *framework.find_level(target), as_of);
            REQUIRE(evaluation.verdict.has_value());
            CHECK(*evaluation.verdict == judgement.verdict);
            return std::make_pair(*evaluation.verdict, ready_for_target(evaluation));
        };
        CHECK(verdict_of_person("L2", "M2") == std::make_pair(TargetVerdict::ready, true));
        CHECK(verdict_of_person("L1", "M2") == std::make_pair(TargetVerdict::steps_away, false));
        CHECK(verdict_of_person("L1", "M1") == std::make_pair(TargetVerdict::no_route, false));
        Evaluation top = evaluate_person(framework, person_at("L3", "ic"), as_of, std::nullopt);
        CHECK_FALSE(top.verdict.has_value()); // the top of the track: no target
        CHECK(ready_for_target(top));
    }

    TEST_CASE("verdict_of: a step's readiness, else the route or its absence") {
        LevelResult ready;
        ready.ready = true;
        LevelResult not_ready;
        CHECK(verdict_of(ready, {}) == TargetVerdict::ready);
        CHECK(verdict_of(not_ready, {}) == TargetVerdict::not_ready);
        CHECK(verdict_of(std::nullopt, {RouteStep{}, RouteStep{}}) == TargetVerdict::steps_away);
        CHECK(verdict_of(std::nullopt, {}) == TargetVerdict::no_route);
    }

    TEST_CASE("the verdict in words and machine words") {
        CHECK(to_string(TargetVerdict::ready) == "ready");
        CHECK(to_string(TargetVerdict::not_ready) == "not_ready");
        CHECK(to_string(TargetVerdict::steps_away) == "steps_away");
        CHECK(to_string(TargetVerdict::no_route) == "no_route");
        CHECK(target_verdict_words(TargetVerdict::ready, 0) == "ready");
        CHECK(target_verdict_words(TargetVerdict::not_ready, 0) == "not ready");
        CHECK(target_verdict_words(TargetVerdict::steps_away, 3) == "3 steps away");
        CHECK(target_verdict_words(TargetVerdict::no_route, 0) == "no route");
        Framework framework = test::load_valid_framework(routes_text);
        auto route =
            find_route(framework, *framework.find_level("L1"), *framework.find_level("M3"));
        CHECK(route_levels(route) == std::vector<std::string>{"L1", "L2", "M2", "M3"});
        CHECK(route_levels({}).empty());
        CHECK(steps_away_words("M3", route_levels(route)) ==
              "M3 is 3 steps away: L1 -> L2 -> M2 -> M3; ready means one step, so not ready for "
              "M3");
        CHECK(no_route_words("L1", "M1") == "the framework defines no promotion or move, nor any "
                                            "sequence of them, from L1 to M1");
    }
}
