#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using Lines = std::vector<std::string>;

namespace {

// A framework whose scale is `scale` (the YAML of the section's value).
std::string with_scale(const std::string& scale) {
    std::string text = test::framework_with_rule("rating: {competency: delivery, min: 1}");
    auto start = text.find("scale:");
    auto end = text.find('\n', start);
    return text.replace(start, end - start, "scale: " + scale);
}

Lines load_lines(const std::string& text, Framework* out = nullptr) {
    Diagnostics diagnostics;
    Framework framework = load_framework({{"criteria.yaml", text}}, InputLimits{}, diagnostics);
    if (out) {
        *out = std::move(framework);
    }
    return test::lines(diagnostics);
}

} // namespace

TEST_SUITE("load/scale_loader") {

    TEST_CASE("a plain scale: each step is worth its own number") {
        Framework framework =
            test::load_valid_framework(with_scale("{1: Learning, 2: Doing, 3: Leading}"));
        CHECK(framework.scale.size() == 3);
        CHECK(framework.scale_points.empty());
        CHECK(framework.points_for(2) == 2);
    }

    TEST_CASE("steps with points: labels and points both read") {
        Framework framework = test::load_valid_framework(
            with_scale("{1: {label: Aware, points: 1}, 2: {label: Practising, points: 3}, "
                       "3: {label: Leading, points: 6}}"));
        CHECK(framework.scale.at(2) == "Practising");
        CHECK(framework.points_for(1) == 1);
        CHECK(framework.points_for(2) == 3);
        CHECK(framework.points_for(3) == 6);
    }

    TEST_CASE("equal points on two steps are allowed: never falling is enough") {
        Framework framework = test::load_valid_framework(
            with_scale("{1: {label: A, points: 0}, 2: {label: B, points: 0}}"));
        CHECK(framework.points_for(2) == 0);
    }

    TEST_CASE("points on some steps only: every step without them is named") {
        CHECK(load_lines(with_scale("{1: {label: A, points: 1}, 2: B, 3: C}")) ==
              Lines{"criteria.yaml:2:35: error: scale step 2: expected points, as step 1 has "
                    "them (every step or none), found none [missing-points]",
                    "criteria.yaml:2:41: error: scale step 3: expected points, as step 1 has "
                    "them (every step or none), found none [missing-points]"});
    }

    TEST_CASE("points that fall as the steps rise") {
        CHECK(load_lines(with_scale("{1: {label: A, points: 5}, 2: {label: B, points: 4}}")) ==
              Lines{"criteria.yaml:2:35: error: scale step 2: expected at least the 5 points of "
                    "step 1, found 4 [points-not-rising]"});
    }

    TEST_CASE("a step map needs a label and whole points") {
        CHECK(load_lines(with_scale("{1: {points: 1}, 2: {label: B, points: many}}")) ==
              Lines{"criteria.yaml:2:8: error: scale: expected at least two ratings, found 1 "
                    "[invalid-scale]",
                    "criteria.yaml:2:12: error: scale step 1: missing required key 'label' "
                    "[missing-key]",
                    "criteria.yaml:2:47: error: scale step 2 'points': expected a whole number "
                    "from 0 to 100000, found 'many' [wrong-type]"});
    }

    TEST_CASE("a step map takes only label and points") {
        CHECK(load_lines(with_scale("{1: {label: A, point: 1}, 2: B}")) ==
              Lines{"criteria.yaml:2:23: error: scale step 1: unknown key 'point' (did you mean "
                    "'points'?) [unknown-key]"});
    }

} // TEST_SUITE
