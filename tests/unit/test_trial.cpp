#include "eval/trial.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// L1 on ic, M1 on management; the move L1 -> M1 has a six-month trial and no way back.
const std::string framework_text = test::framework_head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria: []
  - id: M1
    track: management
    title: Manager
    band: 1
    summary: Manages.
    criteria:
      - id: m1-foundations
        title: Foundations
        description: Did the course.
        guidance: Take it.
        completed: {programme: manager-foundations}
transitions:
  - from: L1
    to: M1
    summary: Into management.
    trial_months: 6
    reversible: false
    criteria: []
)";

const std::string manager = R"(person: {id: E1, name: Test Person}
track: management
level: M1
in_level_since: 2026-05-15
trial: {from: L1, since: 2026-05-15}
)";

} // namespace

TEST_SUITE("eval/trial") {

    TEST_CASE("the trial ends trial_months after it started, counted in days from as_of") {
        Framework framework = test::load_valid_framework(framework_text);
        Person person = test::load_valid_person(manager);
        auto status = trial_status(framework, person, test::date("2026-11-01"));
        REQUIRE(status.has_value());
        CHECK(status->ends.to_string() == "2026-11-15");
        CHECK(status->days_left == 14);
        CHECK_FALSE(status->way_back_open);
        CHECK_FALSE(status->standing.ready);
        CHECK(trial_status(framework, person, test::date("2026-11-15"))->days_left == 0);
        CHECK(trial_status(framework, person, test::date("2026-11-18"))->days_left == -3);
    }

    TEST_CASE("no trial, or a move without one, gives none") {
        Framework framework = test::load_valid_framework(framework_text);
        Person person = test::load_valid_person(manager);
        person.trial.reset();
        CHECK_FALSE(trial_status(framework, person, test::date("2026-11-01")).has_value());
        Person moved = test::load_valid_person(manager);
        moved.trial->from.id = "M1";
        CHECK_FALSE(trial_status(framework, moved, test::date("2026-11-01")).has_value());
    }
}
