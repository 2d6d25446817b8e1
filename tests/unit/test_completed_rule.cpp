#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

TEST_SUITE("rules/completed_rule") {

    TEST_CASE("completed: the programme in 'completed' is met") {
        Outcome outcome =
            evaluate_rule("completed: {programme: manager-foundations}",
                          "completed: [secure-coding, manager-foundations]\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "completed Manager foundations");
        CHECK(outcome.missing == "");
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("completed: a programme not in 'completed' is not met") {
        Outcome outcome = evaluate_rule("completed: {programme: manager-foundations}",
                                        "completed: [secure-coding]\n", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason == "Manager foundations not completed");
        CHECK(outcome.missing == "complete the Manager foundations programme");
        CHECK(outcome.progress == doctest::Approx(0.0));
    }

} // TEST_SUITE
