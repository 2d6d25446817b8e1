#include "eval/timeline.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::date;
using ladder::test::load_valid_framework;
using ladder::test::load_valid_person;

namespace {

// L2 asks for a year in level and one project in the last 12 months.
const std::string framework_text = ladder::test::two_level_framework(R"(
      - {id: recent, title: Recent, description: d, evidence: {type: project, within_months: 12}}
      - {id: settled, title: Settled, description: d, tenure: {months: 12}}
)");

std::string person(const std::string& since, const std::string& project_date = "2025-12-01") {
    return R"(person: {id: E1, name: Test Person}
track: ic
level: L1
in_level_since: )" +
           since + R"(
evidence:
  - {id: p1, type: project, title: A project, date: )" +
           project_date + "}\n";
}

} // namespace

TEST_SUITE("eval/timeline") {

    TEST_CASE("the day tenure is met and the day evidence ages out, if nothing is added") {
        Framework framework = load_valid_framework(framework_text);
        Person someone = load_valid_person(person("2026-01-15"));
        Timeline timeline =
            project_timeline(framework, someone, *framework.find_level("L2"), date("2026-11-01"));
        REQUIRE(timeline.events.size() == 2);
        CHECK(timeline.events[0].date == date("2026-12-02"));
        CHECK(timeline.events[0].criterion->id == "recent");
        CHECK_FALSE(timeline.events[0].becomes_met);
        CHECK(timeline.events[0].ageing_out == std::vector<std::string>{"p1"});
        CHECK(timeline.events[1].date == date("2027-01-15"));
        CHECK(timeline.events[1].criterion->id == "settled");
        CHECK(timeline.events[1].becomes_met);
        CHECK_FALSE(timeline.ready_from); // the evidence is gone before the year is complete
        CHECK_FALSE(timeline.ready_until);
    }

    TEST_CASE("a person ready now is told the last day they stay ready") {
        Framework framework = load_valid_framework(framework_text);
        Person someone = load_valid_person(person("2025-01-15"));
        Timeline timeline =
            project_timeline(framework, someone, *framework.find_level("L2"), date("2026-11-01"));
        REQUIRE(timeline.ready_until.has_value());
        CHECK(*timeline.ready_until == date("2026-12-01"));
    }

    TEST_CASE("a person missing only time is told the day they will be ready") {
        Framework framework = load_valid_framework(framework_text);
        Person someone = load_valid_person(person("2026-01-15", "2026-10-01"));
        Timeline timeline = project_timeline(framework, someone, *framework.find_level("L2"),
                                             date("2026-11-01"), 80);
        REQUIRE(timeline.ready_from.has_value());
        CHECK(*timeline.ready_from == date("2027-01-15"));
        CHECK(timeline.events.size() == 1); // p1 ages out on 2027-10-02, beyond 80 days
        CHECK(timeline.horizon_days == 80);
    }

    TEST_CASE("next_day crosses months and years") {
        CHECK(next_day(date("2026-02-28")) == date("2026-03-01"));
        CHECK(next_day(date("2028-02-28")) == date("2028-02-29"));
        CHECK(next_day(date("2026-12-31")) == date("2027-01-01"));
        CHECK(next_day(date("2026-05-09")) == date("2026-05-10"));
    }
}
