#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

TEST_SUITE("rules/interest_rule") {

    TEST_CASE("interest: a declared interest in the track is met") {
        Outcome outcome = evaluate_rule("interest: {track: management}",
                                        "interests: [ic, management]\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "declared interest in management");
        CHECK(outcome.missing == "");
    }

    TEST_CASE("interest: no interest in the track is not met, and says how to declare it") {
        SUBCASE("another track") {
            Outcome outcome =
                evaluate_rule("interest: {track: management}", "interests: [ic]\n", "2026-11-01");
            CHECK(outcome.status == Status::not_met);
            CHECK(outcome.reason == "management is not among the declared interests");
            CHECK(outcome.missing == "a declared interest in the People management track (add "
                                     "management to 'interests' if you want it)");
        }
        SUBCASE("no interests at all") {
            Outcome outcome = evaluate_rule("interest: {track: management}", "", "2026-11-01");
            CHECK(outcome.status == Status::not_met);
        }
    }

} // TEST_SUITE
