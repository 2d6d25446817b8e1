#include "eval/timeline.hpp"
#include "test_support.hpp"

#include <algorithm>
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

// Every rule kind that reads the date, with windows that end on the last days of months.
const std::string dated_rules_framework = ladder::test::two_level_framework(R"(
      - {id: recent, title: Recent, description: d, evidence: {type: project, within_months: 12}}
      - {id: two-recent, title: Two recent, description: d,
         evidence: {type: project, within_months: 1, at_least: 2}}
      - {id: either, title: Either, description: d,
         evidence: {any_of: [{type: talk, within_months: 3}, {type: review, within_months: 13}]}}
      - {id: settled, title: Settled, description: d, tenure: {months: 12}}
      - {id: loyal, title: Loyal, description: d, tenure: {months: 25, in: organisation}}
      - {id: on-track, title: On track, description: d, tenure: {months: 30, track: ic}}
      - {id: some, title: Some, description: d, required: false,
         any_of: [{tenure: {months: 3}}, {evidence: {type: talk, within_months: 2}}]}
)");

std::string dated_person(const std::string& since, const std::string& joined,
                         const std::string& first, const std::string& second) {
    return "person: {id: E1, name: Test Person}\ntrack: ic\nlevel: L1\nin_level_since: " + since +
           "\njoined: " + joined + "\nhistory:\n  - {level: L2, since: 2023-01-31}\n" +
           "evidence:\n"
           "  - {id: p1, type: project, title: A project, date: " +
           first +
           "}\n"
           "  - {id: p2, type: project, title: A project, date: " +
           second +
           "}\n"
           "  - {id: t1, type: talk, title: A talk, date: " +
           second +
           "}\n"
           "  - {id: r1, type: review, title: A review, date: " +
           first + "}\n";
}

// What the timeline was before it asked rules for their days: the level judged on every day.
Timeline timeline_judged_daily(const Framework& framework, const Person& person, const Level& level,
                               const Date& as_of, int horizon_days = 731) {
    Timeline timeline;
    timeline.horizon_days = horizon_days;
    LevelResult previous = evaluate_level(framework, person, level, as_of, Detail::evidence);
    bool ready_now = previous.ready;
    Date day = as_of;
    for (int step = 0; step < horizon_days; ++step) {
        Date yesterday = day;
        day = next_day(day);
        LevelResult current = evaluate_level(framework, person, level, day, Detail::evidence);
        for (std::size_t i = 0; i < current.criteria.size(); ++i) {
            const Outcome& before = previous.criteria[i].outcome;
            const Outcome& after = current.criteria[i].outcome;
            auto done = [](const Outcome& outcome) {
                return outcome.status == Status::met || outcome.status == Status::waived;
            };
            if (done(before) != done(after)) {
                std::vector<std::string> gone;
                for (const auto& item : before.evidence) {
                    if (std::find(after.evidence.begin(), after.evidence.end(), item) ==
                        after.evidence.end()) {
                        gone.push_back(item);
                    }
                }
                timeline.events.push_back(
                    {day, current.criteria[i].criterion, done(after), std::move(gone)});
            }
        }
        if (current.ready != previous.ready) {
            if (ready_now && !current.ready && !timeline.ready_until) {
                timeline.ready_until = yesterday;
            }
            if (!ready_now && current.ready && !timeline.ready_from) {
                timeline.ready_from = day;
            }
        }
        previous = std::move(current);
    }
    return timeline;
}

void check_same(const Timeline& judged_on_changes, const Timeline& judged_daily) {
    REQUIRE(judged_on_changes.events.size() == judged_daily.events.size());
    for (std::size_t i = 0; i < judged_daily.events.size(); ++i) {
        const TimelineEvent& got = judged_on_changes.events[i];
        const TimelineEvent& expected = judged_daily.events[i];
        INFO(expected.date.to_string(), " ", expected.criterion->id);
        CHECK(got.date == expected.date);
        CHECK(got.criterion == expected.criterion);
        CHECK(got.becomes_met == expected.becomes_met);
        CHECK(got.ageing_out == expected.ageing_out);
    }
    CHECK(judged_on_changes.ready_from == judged_daily.ready_from);
    CHECK(judged_on_changes.ready_until == judged_daily.ready_until);
}

} // namespace

TEST_SUITE("eval/timeline") {

    TEST_CASE("judged on the days rules name, the timeline is the one judged every day") {
        Framework framework = load_valid_framework(dated_rules_framework);
        const Level& level = *framework.find_level("L2");
        const std::vector<std::string> dates = {"2024-02-29", "2025-01-31", "2025-10-31",
                                                "2025-11-30", "2026-08-31", "2026-10-15",
                                                "2026-12-31", "2027-02-28", "2028-02-29"};
        for (std::size_t i = 0; i < dates.size(); ++i) {
            const std::string& since = dates[i];
            const std::string& joined =
                dates[(i + 3) % dates.size()] < since ? dates[(i + 3) % dates.size()] : dates[0];
            const std::string& first = dates[(i + 1) % dates.size()];
            const std::string& second = dates[(i + 5) % dates.size()];
            Person someone = load_valid_person(dated_person(since, joined, first, second));
            for (const char* as_of : {"2026-01-31", "2026-11-01", "2027-02-28"}) {
                INFO(since, " ", joined, " ", first, " ", second, " as of ", as_of);
                check_same(project_timeline(framework, someone, level, date(as_of)),
                           timeline_judged_daily(framework, someone, level, date(as_of)));
            }
        }
    }

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
