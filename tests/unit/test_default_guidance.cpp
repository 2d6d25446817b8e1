#include "check/framework_checks.hpp"
#include "load/default_guidance.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using Lines = std::vector<std::string>;

namespace {

// A framework of one level whose criteria give no guidance of their own; `header` goes into the
// framework section, `delivery` into the Delivery competency.
std::string framework(const std::string& header, const std::string& delivery) {
    return R"(framework:
  id: test
  name: Test framework
  version: "1"
)" + header +
           R"(scale: {1: Learning, 2: Developing, 3: Proficient}
competencies:
  delivery:
    name: Delivery
    description: Ships.
)" + delivery +
           R"(  influence: {name: Influence, description: Moves others.}
tracks:
  ic: {name: Individual contributor}
levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria:
      - {id: rated, title: T, description: D, rating: {competency: delivery, min: 2}}
      - {id: named, title: T, description: D, competency: delivery, evidence: {type: talk}}
      - {id: other, title: T, description: D, rating: {competency: influence, min: 2}}
      - {id: own, title: T, description: D, guidance: Its own., rating: {competency: delivery, min: 1}}
)";
}

Lines check(const std::string& text) {
    Diagnostics diagnostics;
    Framework loaded = load_framework({{"criteria.yaml", text}}, InputLimits{}, diagnostics);
    check_framework(loaded, diagnostics);
    return test::lines(diagnostics);
}

std::string guidance_of(const Framework& loaded, const std::string& id) {
    const Criterion* criterion = loaded.find_criterion(id);
    REQUIRE(criterion != nullptr);
    return criterion->guidance;
}

} // namespace

TEST_SUITE("load/default_guidance") {

    TEST_CASE("a criterion's own guidance wins, else its competency's, else the framework's") {
        Framework loaded = test::load_valid_framework(
            framework("  guidance: Ask your manager.\n", "    guidance: Ship smaller.\n"));
        CHECK(guidance_of(loaded, "own") == "Its own.");
        CHECK(guidance_of(loaded, "rated") == "Ship smaller.");
        CHECK(guidance_of(loaded, "named") == "Ship smaller.");
        CHECK(guidance_of(loaded, "other") == "Ask your manager.");
    }

    TEST_CASE("the competency of a criterion: named, or the one its rule rates") {
        Framework loaded = test::load_valid_framework(framework("", ""));
        CHECK(competency_of(loaded, *loaded.find_criterion("named"))->id == "delivery");
        CHECK(competency_of(loaded, *loaded.find_criterion("rated"))->id == "delivery");
        CHECK(competency_of(loaded, *loaded.find_criterion("other"))->id == "influence");
    }

    TEST_CASE("without any default, each criterion without guidance is warned about") {
        CHECK(check(framework("", "")) ==
              Lines{"criteria.yaml:20:14: warning: criterion 'rated' has no guidance; say how a "
                    "person can close this gap [no-guidance]",
                    "criteria.yaml:21:14: warning: criterion 'named' has no guidance; say how a "
                    "person can close this gap [no-guidance]",
                    "criteria.yaml:22:14: warning: criterion 'other' has no guidance; say how a "
                    "person can close this gap [no-guidance]"});
    }

    TEST_CASE("a competency's default leaves only the criteria of other competencies") {
        CHECK(check(framework("", "    guidance: Ship smaller.\n")) ==
              Lines{"criteria.yaml:23:14: warning: criterion 'other' has no guidance; say how a "
                    "person can close this gap [no-guidance]"});
    }

    TEST_CASE("checks: disable switches a warning off for the whole framework") {
        CHECK(check(framework("  checks: {disable: [no-guidance]}\n", "")) == Lines{});
    }

    TEST_CASE("checks: disable names warnings only, with did-you-mean") {
        CHECK(check(framework("  checks: {disable: [no-guidanse, unknown-track]}\n", "")).front() ==
              "criteria.yaml:5:22: error: checks: expected a warning code to disable "
              "(no-guidance, empty-level, empty-move, move-changes-band), found 'no-guidanse' (did "
              "you mean 'no-guidance'?) [unknown-check]");
        CHECK(check(framework("  checks: {disable: [unknown-track]}\n", "")).front() ==
              "criteria.yaml:5:22: error: checks: expected a warning code to disable "
              "(no-guidance, empty-level, empty-move, move-changes-band), found 'unknown-track' "
              "[unknown-check]");
    }

    TEST_CASE("a criterion's competency must exist") {
        std::string text = framework("  checks: {disable: [no-guidance]}\n", "");
        text.replace(text.find("competency: delivery, evidence"), 20, "competency: delivry");
        CHECK(check(text) == Lines{"criteria.yaml:22:59: error: criterion 'named': unknown "
                                   "competency 'delivry' (did you mean 'delivery'?) "
                                   "[unknown-competency]"});
    }

} // TEST_SUITE
