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

namespace {

// Levels L1 (ic, band 1), L2 (ic, band 2) and M1 (management, band 2), each with one
// criterion; M1's criterion c1 has the tenure rule under test.
std::string three_levels(const std::string& rule) {
    auto level = [](const std::string& id, const std::string& track, int band,
                    const std::string& criterion, const std::string& level_rule) {
        return "  - id: " + id + "\n    track: " + track + "\n    title: " + id +
               " title\n    band: " + std::to_string(band) + "\n    summary: S\n    criteria:\n" +
               "      - {id: " + criterion + ", title: T, description: D, guidance: G, " +
               level_rule + "}\n";
    };
    return test::framework_head + "levels:\n" +
           level("L1", "ic", 1, "c0", "completed: {programme: manager-foundations}") +
           level("L2", "ic", 2, "c2", "completed: {programme: manager-foundations}") +
           level("M1", "management", 2, "c1", rule) + "transitions:\n  - {from: L1, to: M1}\n";
}

Outcome tenure(const std::string& rule, const std::string& person_text, const char* as_of) {
    Framework framework = test::load_valid_framework(three_levels(rule));
    Person person = test::load_valid_person(person_text);
    return framework.find_criterion("c1")->rule->evaluate(
        RuleContext{framework, person, test::date(as_of), "c1"});
}

const std::string on_l2 = R"(person: {id: E1, name: Test Person}
track: ic
level: L2
in_level_since: 2025-01-15
)";

} // namespace

TEST_SUITE("rules/tenure_rule") {

    TEST_CASE("tenure at a named level counts a past stint from the history") {
        std::string person = on_l2 + "history:\n  - {level: L1, since: 2023-01-15}\n";
        Outcome met = tenure("tenure: {months: 24, level: L1}", person, "2026-11-01");
        CHECK(met.status == Status::met);
        CHECK(met.reason == "24 months at level L1 (L1 title) (24 needed)");
        Outcome short_by_one = tenure("tenure: {months: 25, level: L1}", person, "2026-11-01");
        CHECK(short_by_one.status == Status::partial);
        CHECK(short_by_one.missing == "1 more month at level L1 (L1 title)");
    }

    TEST_CASE("tenure on a track joins consecutive levels of the track") {
        // L1 from 2023-01-20 and L2 from 2025-01-15: one span of 45 whole months to 2026-11-01,
        // where the two stints counted apart would give 23 + 21 = 44.
        std::string person = on_l2 + "history:\n  - {level: L1, since: 2023-01-20}\n";
        Outcome outcome = tenure("tenure: {months: 46, track: ic}", person, "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "45 months on the Individual contributor track (46 needed)");
        CHECK(outcome.missing ==
              "1 more month on the Individual contributor track, reached on 2026-11-20");
    }

    TEST_CASE("tenure on a track: time away from it is not counted") {
        std::string person = on_l2 + "history:\n  - {level: M1, since: 2024-01-15}\n"
                                     "  - {level: L1, since: 2022-01-15}\n";
        Outcome outcome = tenure("tenure: {months: 12, track: management}", person, "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "12 months on the People management track (12 needed)");
        Outcome more = tenure("tenure: {months: 13, track: management}", person, "2026-11-01");
        CHECK(more.status == Status::partial);
        CHECK(more.missing == "1 more month on the People management track");
    }

    TEST_CASE("tenure at a level never held: no_data without a history, not_met with one") {
        Outcome no_history = tenure("tenure: {months: 3, level: M1}", on_l2, "2026-11-01");
        CHECK(no_history.status == Status::no_data);
        CHECK(no_history.reason == "0 months at level M1 (M1 title) (3 needed); no 'history' of "
                                   "past levels in the evidence file");
        CHECK(no_history.missing == "3 months at level M1 (M1 title), or the levels you held "
                                    "before ('history')");
        Outcome with_history =
            tenure("tenure: {months: 3, level: M1}",
                   on_l2 + "history: [{level: L1, since: 2024-01-01}]\n", "2026-11-01");
        CHECK(with_history.status == Status::not_met);
        CHECK(with_history.missing == "3 more months at level M1 (M1 title)");
        // Neither is closed by waiting: the needs are words only.
        for (const Outcome* outcome : {&no_history, &with_history}) {
            REQUIRE(outcome->needs.size() == 1);
            CHECK(outcome->needs.front().kind == Need::Kind::record);
            CHECK(outcome->needs.front().text == outcome->missing);
        }
    }

    TEST_CASE("tenure at the level held now: the need is the day it is reached") {
        std::string person = on_l2 + "history:\n  - {level: L1, since: 2023-01-15}\n";
        Outcome outcome = tenure("tenure: {months: 30, level: L2}", person, "2026-11-01");
        CHECK(outcome.status == Status::partial);
        REQUIRE(outcome.needs.size() == 1);
        CHECK(outcome.needs.front().kind == Need::Kind::tenure);
        CHECK(outcome.needs.front().reached_on == test::date("2027-07-15"));
    }

    TEST_CASE("tenure names one place at most, and it must exist") {
        Diagnostics diagnostics;
        load_framework(
            {{"criteria.yaml", three_levels("tenure: {months: 3, in: level, level: L1}")}},
            InputLimits{}, diagnostics);
        CHECK(test::lines(diagnostics) ==
              std::vector<std::string>{"criteria.yaml:33:95: error: rule 'tenure': expected at "
                                       "most one of in, level or track, found in and level "
                                       "[several-keys]"});
        Framework framework =
            test::load_valid_framework(three_levels("tenure: {months: 3, track: managment}"));
        Diagnostics checked;
        RuleCheckContext context{framework, checked};
        framework.find_criterion("c1")->rule->check(context);
        CHECK(test::lines(checked) ==
              std::vector<std::string>{"criteria.yaml:33:84: error: unknown track 'managment' "
                                       "(did you mean 'management'?) [unknown-track]"});
    }

} // TEST_SUITE
