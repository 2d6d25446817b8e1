#include "eval/evaluation.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// L1 < L2 on ic; L2 has an entry gate (a panel: completed manager-foundations stands in for
// it) and includes L1, which has a gate too. M2 on management; the move L2 -> M2 includes its
// target, whose own gate then applies.
const std::string gated_text = test::framework_head + R"(levels:
  - id: L1
    track: ic
    title: One
    band: 1
    summary: S
    criteria:
      - {id: l1-work, title: Works, description: D, guidance: G, interest: {track: ic}}
      - {id: l1-gate, title: Gate, description: D, guidance: G, entry_gate: true, completed: {programme: manager-foundations}}
  - id: L2
    track: ic
    title: Two
    band: 2
    includes: L1
    summary: S
    criteria:
      - {id: l2-gate, title: Gate, description: D, guidance: G, entry_gate: true, completed: {programme: manager-foundations}}
  - id: M2
    track: management
    title: Manager
    band: 2
    summary: S
    criteria:
      - {id: m2-people, title: People, description: D, guidance: G, interest: {track: management}}
      - {id: m2-gate, title: Gate, description: D, guidance: G, entry_gate: true, completed: {programme: manager-foundations}}
transitions:
  - from: L2
    to: M2
    includes: target
    criteria:
      - {id: to-m2, title: Move, description: D, guidance: G, interest: {track: management}}
)";

std::vector<std::string> judged(const LevelResult& result) {
    std::vector<std::string> seen;
    for (const auto& criterion : result.criteria) {
        seen.push_back(criterion.criterion->id + " " + criterion.stated_by + " " +
                       std::string(to_string(criterion.outcome.status)));
    }
    return seen;
}

Person person_at(const std::string& level) {
    return test::load_valid_person("person: {id: E1, name: P}\ntrack: ic\nlevel: " + level +
                                   "\nin_level_since: 2025-01-15\ninterests: [ic]\n");
}

} // namespace

TEST_SUITE("eval/evaluation") {

    TEST_CASE("an entry gate applies when moving into its level, not through includes") {
        Framework framework = test::load_valid_framework(gated_text);
        LevelResult result = evaluate_level(framework, person_at("L1"), *framework.find_level("L2"),
                                            test::date("2026-01-01"));
        CHECK(judged(result) == std::vector<std::string>{"l2-gate L2 not_met", "l1-work L1 met"});
        CHECK_FALSE(result.ready);
    }

    TEST_CASE("an entry gate does not apply to the person's own level or one below it") {
        Framework framework = test::load_valid_framework(gated_text);
        Person person = person_at("L2");
        LevelResult own = evaluate_level(framework, person, *framework.find_level("L2"),
                                         test::date("2026-01-01"));
        CHECK(judged(own) == std::vector<std::string>{"l1-work L1 met"});
        CHECK(own.ready);
        LevelResult below = evaluate_level(framework, person, *framework.find_level("L1"),
                                           test::date("2026-01-01"));
        CHECK(judged(below) == std::vector<std::string>{"l1-work L1 met"});
    }

    TEST_CASE("a move that includes its target is judged on both, with the target's gates") {
        Framework framework = test::load_valid_framework(gated_text);
        LevelResult result = evaluate_level(framework, person_at("L2"), *framework.find_level("M2"),
                                            test::date("2026-01-01"));
        REQUIRE(result.transition != nullptr);
        CHECK(judged(result) == std::vector<std::string>{"to-m2 L2 -> M2 not_met",
                                                         "m2-people M2 not_met",
                                                         "m2-gate M2 not_met"});
        CHECK(result.criteria[1].inherited);
    }

    TEST_CASE("the cross-track view of the person's own level leaves its gates out") {
        Framework framework = test::load_valid_framework(gated_text);
        Evaluation evaluation =
            evaluate_person(framework, person_at("L2"), test::date("2026-01-01"), std::nullopt);
        REQUIRE_FALSE(evaluation.cross_track.empty());
        const CrossTrackEntry& own = evaluation.cross_track.front();
        CHECK(own.current);
        CHECK(own.result.ready);
    }

} // TEST_SUITE
