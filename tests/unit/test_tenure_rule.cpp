#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

// The person of test_support.hpp entered their level on 2025-01-15.
TEST_SUITE("rules/tenure_rule") {

    TEST_CASE("tenure: met on the day the months are complete") {
        Outcome outcome = evaluate_rule("tenure: {months: 12}", "", "2026-01-15");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "12 months in the current level since 2025-01-15 (12 needed)");
        CHECK(outcome.missing == "");
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("tenure: a day earlier is one month short, and says when it is reached") {
        Outcome outcome = evaluate_rule("tenure: {months: 12}", "", "2026-01-14");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "11 months in the current level since 2025-01-15 (12 needed)");
        CHECK(outcome.missing == "1 more month in the current level, reached on 2026-01-15");
        CHECK(outcome.progress == doctest::Approx(11.0 / 12.0));
    }

    TEST_CASE("tenure: one whole month is said in the singular") {
        Outcome outcome = evaluate_rule("tenure: {months: 12}", "", "2025-02-15");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "1 month in the current level since 2025-01-15 (12 needed)");
        CHECK(outcome.missing == "11 more months in the current level, reached on 2026-01-15");
    }

    TEST_CASE("tenure: less than a month is not met") {
        Outcome outcome = evaluate_rule("tenure: {months: 12}", "", "2025-02-14");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason == "0 months in the current level since 2025-01-15 (12 needed)");
        CHECK(outcome.missing == "12 more months in the current level, reached on 2026-01-15");
        CHECK(outcome.progress == doctest::Approx(0.0));
    }

    TEST_CASE("tenure: in the organisation counts from 'joined'") {
        SUBCASE("the last day of a shorter month completes the month") {
            Outcome outcome = evaluate_rule("tenure: {months: 12, in: organisation}",
                                            "joined: 2020-02-29\n", "2021-02-28");
            CHECK(outcome.status == Status::met);
            CHECK(outcome.reason == "12 months in the organisation since 2020-02-29 (12 needed)");
        }
        SUBCASE("a day earlier") {
            Outcome outcome = evaluate_rule("tenure: {months: 12, in: organisation}",
                                            "joined: 2020-02-29\n", "2021-02-27");
            CHECK(outcome.status == Status::partial);
            CHECK(outcome.missing == "1 more month in the organisation, reached on 2021-02-28");
        }
        SUBCASE("without 'joined' there is no data") {
            Outcome outcome =
                evaluate_rule("tenure: {months: 12, in: organisation}", "", "2026-11-01");
            CHECK(outcome.status == Status::no_data);
            CHECK(outcome.reason == "no 'joined' date in the evidence file");
            CHECK(outcome.missing == "the date you joined the organisation ('joined')");
        }
    }

    TEST_CASE("tenure: an evaluation date before the start counts no months") {
        Outcome outcome = evaluate_rule("tenure: {months: 6}", "", "2024-12-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason == "0 months in the current level since 2025-01-15 (6 needed)");
    }

} // TEST_SUITE
