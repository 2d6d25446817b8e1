#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

namespace {

const std::string rule = "points: {min: 7, competencies: [technical_depth, delivery]}";

} // namespace

TEST_SUITE("rules/points_rule") {

    TEST_CASE("points: exactly the minimum is met") {
        Outcome outcome = evaluate_rule(
            rule, "ratings: {technical_depth: 4, delivery: 3, influence: 1}\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "7 rating points (7 needed)");
        CHECK(outcome.missing == "");
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("points: one short is partial") {
        Outcome outcome =
            evaluate_rule(rule, "ratings: {technical_depth: 4, delivery: 2}\n", "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "6 rating points (7 needed)");
        CHECK(outcome.missing == "1 more rating point");
        CHECK(outcome.progress == doctest::Approx(6.0 / 7.0));
    }

    TEST_CASE("points: short with a rating missing is no_data, and names it") {
        Outcome outcome = evaluate_rule(rule, "ratings: {technical_depth: 4}\n", "2026-11-01");
        CHECK(outcome.status == Status::no_data);
        CHECK(outcome.reason == "4 rating points (7 needed) (not rated: Delivery)");
        CHECK(outcome.missing == "3 more rating points; ratings in Delivery");
    }

    TEST_CASE("points: met even with a rating missing when the others suffice") {
        Outcome outcome =
            evaluate_rule("points: {min: 5, competencies: [technical_depth, delivery]}",
                          "ratings: {technical_depth: 5}\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "5 rating points (5 needed) (not rated: Delivery)");
    }

    TEST_CASE("points: no ratings at all is no_data") {
        Outcome outcome = evaluate_rule(rule, "", "2026-11-01");
        CHECK(outcome.status == Status::no_data);
        CHECK(outcome.reason ==
              "0 rating points (7 needed) (not rated: Technical depth, Delivery)");
        CHECK(outcome.missing == "7 more rating points; ratings in Technical depth, Delivery");
    }

    TEST_CASE("points: without a list, every competency counts") {
        Outcome outcome = evaluate_rule(
            "points: {min: 9}", "ratings: {technical_depth: 4, delivery: 3, influence: 2}\n",
            "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "9 rating points (9 needed)");
    }

} // TEST_SUITE
