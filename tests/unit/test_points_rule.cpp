#include "check/framework_checks.hpp"
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

namespace {

// The test framework with a points scale: steps worth 1, 3, 6, 12 and 20 points.
std::string points_framework(const std::string& points_rule) {
    std::string text = test::framework_with_rule(points_rule);
    auto start = text.find("scale:");
    auto end = text.find('\n', start);
    return text.replace(start, end - start,
                        "scale: {1: {label: Learning, points: 1}, 2: {label: Developing, points: "
                        "3}, 3: {label: Proficient, points: 6}, 4: {label: Advanced, points: 12}, "
                        "5: {label: Expert, points: 20}}");
}

Outcome evaluate_points(const std::string& points_rule, const std::string& ratings) {
    Framework framework = test::load_valid_framework(points_framework(points_rule));
    Person person = test::load_valid_person(test::person_head + ratings);
    return framework.find_criterion("c1")->rule->evaluate(
        RuleContext{framework, person, test::date("2026-11-01"), "c1"});
}

} // namespace

TEST_SUITE("rules/points_rule") {

    TEST_CASE("points on a points scale: the steps' values are summed, not the ratings") {
        Outcome outcome = evaluate_points("points: {min: 18, competencies: [technical_depth, "
                                          "delivery]}",
                                          "ratings: {technical_depth: 4, delivery: 3}\n");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "18 points (18 needed)");
    }

    TEST_CASE("points short: the smallest one-step raise that closes the gap is named") {
        // 3 + 6 = 9 of 12: Delivery 2 -> 3 gains 3 and closes it; 3 -> 4 would gain 6.
        Outcome outcome = evaluate_points("points: {min: 12, competencies: [technical_depth, "
                                          "delivery]}",
                                          "ratings: {technical_depth: 3, delivery: 2}\n");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "9 points (12 needed)");
        CHECK(outcome.missing == "3 more points; the smallest step that closes it: Delivery from "
                                 "2 (3 points) to 3 (6 points)");
        CHECK(outcome.progress == doctest::Approx(9.0 / 12.0));
    }

    TEST_CASE("points short by one: never 'rating point' on a points scale") {
        Outcome outcome = evaluate_points("points: {min: 10, competencies: [technical_depth, "
                                          "delivery]}",
                                          "ratings: {technical_depth: 2, delivery: 3}\n");
        CHECK(outcome.missing == "1 more point; the smallest step that closes it: Technical "
                                 "depth from 2 (3 points) to 3 (6 points)");
    }

    TEST_CASE("points short beyond any single raise: the biggest next step is named") {
        Outcome outcome = evaluate_points("points: {min: 40, competencies: [technical_depth, "
                                          "delivery]}",
                                          "ratings: {technical_depth: 1, delivery: 4}\n");
        CHECK(outcome.reason == "13 points (40 needed)");
        CHECK(outcome.missing == "27 more points; the biggest next step: Delivery from 4 (12 "
                                 "points) to 5 (20 points)");
    }

    TEST_CASE("points short: the needs are ratings, one step at a time from the lowest") {
        auto ratings = [](const Outcome& outcome) {
            std::vector<std::string> result;
            for (const auto& need : outcome.needs) {
                CHECK(need.kind == Need::Kind::rating);
                result.push_back(need.id + " " + std::to_string(need.minimum));
            }
            return result;
        };
        // One step closes it: the one the words name, with the fewest points to spare.
        CHECK(ratings(evaluate_points("points: {min: 12, competencies: [technical_depth, "
                                      "delivery]}",
                                      "ratings: {technical_depth: 3, delivery: 2}\n")) ==
              std::vector<std::string>{"delivery 3"});
        // None does: the lowest goes up a step at a time (Technical depth 1 -> 4: 11 more
        // points), on a tie the first (Technical depth to 5: 8 more), then Delivery's last step
        // closes the 8 left.
        CHECK(ratings(evaluate_points("points: {min: 40, competencies: [technical_depth, "
                                      "delivery]}",
                                      "ratings: {technical_depth: 1, delivery: 4}\n")) ==
              std::vector<std::string>{"technical_depth 5", "delivery 5"});
        // A competency not rated yet is rated first (1 point); then Technical depth 3 -> 4
        // closes the 3 left (Delivery 1 -> 2 would gain only 2).
        CHECK(ratings(evaluate_points("points: {min: 10, competencies: [technical_depth, "
                                      "delivery]}",
                                      "ratings: {technical_depth: 3}\n")) ==
              std::vector<std::string>{"technical_depth 4", "delivery 1"});
        // On a plain scale every step is worth 1: growth is spread, the lower rated first.
        CHECK(ratings(evaluate_rule("points: {min: 7, competencies: [technical_depth, delivery]}",
                                    "ratings: {technical_depth: 4}\n", "2026-11-01")) ==
              std::vector<std::string>{"delivery 3"});
    }

    TEST_CASE("points: describe speaks of points on a points scale") {
        Framework framework = test::load_valid_framework(points_framework("points: {min: 30}"));
        CHECK(framework.find_criterion("c1")->rule->describe(framework) ==
              "at least 30 points in total over all competencies");
    }

    TEST_CASE("points above what the points scale allows can never be met") {
        Diagnostics diagnostics;
        Framework framework = load_framework(
            {{"criteria.yaml",
              points_framework("points: {min: 41, competencies: [technical_depth, delivery]}")}},
            InputLimits{}, diagnostics);
        check_framework(framework, diagnostics);
        CHECK(test::lines(diagnostics) ==
              std::vector<std::string>{
                  "criteria.yaml:23:9: error: rule 'points' can never be met: expected at most "
                  "40 points (2 competencies rated at most 5 (20 points)), found 41 "
                  "[unsatisfiable-rule]"});
    }

} // TEST_SUITE
