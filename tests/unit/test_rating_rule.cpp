#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

namespace {

const std::string rule = "rating: {competency: delivery, min: 3}";

} // namespace

TEST_SUITE("rules/rating_rule") {

    TEST_CASE("rating: exactly the minimum is met") {
        Outcome outcome = evaluate_rule(rule, "ratings: {delivery: 3}\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "rated 3 (Proficient) in Delivery (unattributed)");
        CHECK(outcome.missing == "");
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("rating: above the minimum is met, and the rater is named") {
        Outcome outcome = evaluate_rule(
            rule, "ratings:\n  delivery: {rating: 5, by: E0007, date: 2026-09-15}\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "rated 5 (Expert) in Delivery by E0007 (claimed)");
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("rating: one below the minimum is not met") {
        Outcome outcome = evaluate_rule(rule, "ratings: {delivery: 2}\n", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason ==
              "rated 2 (Developing) in Delivery (unattributed); at least 3 (Proficient) is needed");
        CHECK(outcome.missing == "1 more rating point in Delivery (from 2 to 3)");
        CHECK(outcome.progress == doctest::Approx(2.0 / 3.0));
    }

    TEST_CASE("rating: two below the minimum counts the points in the plural") {
        Outcome outcome = evaluate_rule(rule, "ratings: {delivery: 1}\n", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.missing == "2 more rating points in Delivery (from 1 to 3)");
    }

    TEST_CASE("rating: no rating for the competency is no_data") {
        Outcome outcome = evaluate_rule(rule, "ratings: {technical_depth: 5}\n", "2026-11-01");
        CHECK(outcome.status == Status::no_data);
        CHECK(outcome.reason == "no rating in Delivery");
        CHECK(outcome.missing == "a rating in Delivery (at least 3 (Proficient))");
        CHECK(outcome.progress == doctest::Approx(0.0));
    }

    TEST_CASE("rating: describe and guaranteed minimum") {
        Framework framework = test::load_valid_framework(test::framework_with_rule(rule));
        const Rule& parsed = *framework.find_criterion("c1")->rule;
        CHECK(parsed.kind() == "rating");
        CHECK(parsed.describe(framework) == "a rating of at least 3 (Proficient) in Delivery");
        std::map<std::string, int> minimums{{"delivery", 2}};
        parsed.guaranteed_ratings(minimums);
        CHECK(minimums == std::map<std::string, int>{{"delivery", 3}});
    }

} // TEST_SUITE
