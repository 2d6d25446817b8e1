#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

namespace {

// Two projects led in the last 18 months; as of 2026-11-01 the window starts on 2025-05-01.
const std::string rule = "evidence: {type: project, role: lead, within_months: 18, at_least: 2}";

std::string project(const std::string& id, const std::string& date,
                    const std::string& role = "lead") {
    return "  - {id: " + id + ", type: project, title: A project, date: " + date +
           ", role: " + role + "}\n";
}

std::vector<std::string> verdicts(const Outcome& outcome) {
    std::vector<std::string> result;
    for (const auto& item : outcome.considered) {
        result.push_back(item.item + ": " + item.why);
    }
    return result;
}

} // namespace

TEST_SUITE("rules/evidence_rule") {

    TEST_CASE("evidence: exactly the number asked for is met") {
        Outcome outcome = evaluate_rule(
            rule, "evidence:\n" + project("p1", "2025-06-01") + project("p2", "2026-10-01"),
            "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "2 matching evidence items (2 needed): p1, p2");
        CHECK(outcome.missing == "");
        CHECK(outcome.evidence == std::vector<std::string>{"p1", "p2"});
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("evidence: an item dated exactly on the window's first day counts") {
        Outcome outcome = evaluate_rule(
            rule, "evidence:\n" + project("p1", "2025-05-01") + project("p2", "2026-10-01"),
            "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.evidence == std::vector<std::string>{"p1", "p2"});
    }

    TEST_CASE("evidence: an item dated a day before the window does not count") {
        Outcome outcome = evaluate_rule(
            rule, "evidence:\n" + project("p1", "2025-04-30") + project("p2", "2026-10-01"),
            "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "1 matching evidence item (2 needed): p2");
        CHECK(outcome.missing ==
              "1 more project where you were lead, dated on or after 2025-05-01");
        CHECK(outcome.evidence == std::vector<std::string>{"p2"});
        CHECK(verdicts(outcome) ==
              std::vector<std::string>{"p1: too old: dated 2025-04-30, before 2025-05-01",
                                       "p2: counts"});
        CHECK(outcome.progress == doctest::Approx(0.5));
    }

    TEST_CASE("evidence: the window clamps to the end of a shorter month") {
        // 2026-08-31 minus 18 months is 2025-02-28 (there is no 2025-02-31).
        Outcome outcome = evaluate_rule(
            rule, "evidence:\n" + project("p1", "2025-02-28") + project("p2", "2025-02-27"),
            "2026-08-31");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.evidence == std::vector<std::string>{"p1"});
    }

    TEST_CASE("evidence: nothing that matches is not met") {
        Outcome outcome = evaluate_rule(
            rule, "evidence:\n" + project("p1", "2026-01-01", "contributor"), "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason == "0 matching evidence items (2 needed)");
        CHECK(outcome.missing ==
              "2 more projects where you were lead, dated on or after 2025-05-01");
        CHECK(verdicts(outcome) == std::vector<std::string>{"p1: role contributor, not lead"});
    }

    TEST_CASE("evidence: no evidence at all is not met, not no_data") {
        Outcome outcome = evaluate_rule(rule, "", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.considered.empty());
    }

    TEST_CASE("evidence: items dated after the evaluation date do not count") {
        Outcome outcome =
            evaluate_rule(rule, "evidence:\n" + project("p1", "2026-11-02"), "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(
            verdicts(outcome) ==
            std::vector<std::string>{"p1: dated 2026-11-02, after the evaluation date 2026-11-01"});
    }

    TEST_CASE("evidence: at_least defaults to 1") {
        Outcome outcome = evaluate_rule("evidence: {type: talk}",
                                        "evidence:\n  - {id: t1, type: talk, title: A talk, date: "
                                        "2026-01-01}\n",
                                        "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "1 matching evidence item (1 needed): t1");
    }

} // TEST_SUITE

namespace {

std::string item_line(const std::string& id, const std::string& fields) {
    return "  - {id: " + id + ", title: T, date: 2026-01-01, " + fields + "}\n";
}

// "Reviewed, or led and merged, at least 20 changes", counting quantities.
const std::string either_rule =
    "evidence: {at_least: 20, count: quantity, any_of: [{type: review, role: reviewer}, "
    "{type: project, role: lead, tags: [merged]}]}";

} // namespace

TEST_SUITE("rules/evidence_rule") {

    TEST_CASE("any_of and quantities: items of either filter set add up their quantities") {
        Outcome outcome = evaluate_rule(
            either_rule,
            "evidence:\n" + item_line("r1", "type: review, role: reviewer, quantity: 15") +
                item_line("p1", "type: project, role: lead, tags: [merged], quantity: 5") +
                item_line("p2", "type: project, role: lead, quantity: 9") +
                item_line("t1", "type: talk, role: reviewer, quantity: 40"),
            "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason ==
              "20 by quantity, from 2 matching evidence items (20 needed): p1, r1");
        CHECK(verdicts(outcome) ==
              std::vector<std::string>{
                  "p1: counts",
                  "p2: passes none of the 'any_of' filter sets: type project, not "
                  "review; not tagged 'merged'",
                  "r1: counts",
                  "t1: passes none of the 'any_of' filter sets: type talk, not "
                  "review; type talk, not project"});
    }

    TEST_CASE("any_of and quantities: one short says what is missing in words") {
        Outcome outcome = evaluate_rule(
            either_rule,
            "evidence:\n" + item_line("r1", "type: review, role: reviewer, quantity: 19"),
            "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "19 by quantity, from 1 matching evidence item (20 needed): r1");
        CHECK(outcome.missing == "1 more (counting each item's quantity) of: reviews where you "
                                 "were reviewer, or projects where you were lead, tagged merged");
    }

    TEST_CASE("any_of and quantities: the need is one item of a filter set, recording the rest") {
        Outcome outcome = evaluate_rule(
            either_rule,
            "evidence:\n" + item_line("r1", "type: review, role: reviewer, quantity: 12"),
            "2026-11-01");
        REQUIRE(outcome.needs.size() == 1);
        const EvidenceNeed& need = outcome.needs.front().evidence;
        CHECK(need.count == 1);
        CHECK(need.quantity == 8);
        CHECK(need.types == std::vector<std::string>{"review"});
        CHECK(need.roles == std::vector<std::string>{"reviewer"});
    }

    TEST_CASE("any_of: the first filter set one item can pass with the rule's own filters") {
        Outcome outcome = evaluate_rule(
            "evidence: {type: project, any_of: [{type: review}, {role: lead, tags: [merged]}]}", "",
            "2026-11-01");
        REQUIRE(outcome.needs.size() == 1);
        const EvidenceNeed& need = outcome.needs.front().evidence;
        CHECK(need.types == std::vector<std::string>{"project"});
        CHECK(need.roles == std::vector<std::string>{"lead"});
        CHECK(need.tags == std::vector<std::string>{"merged"});
        CHECK(need.quantity == 1);
    }

    TEST_CASE("without count: quantity, an item counts once whatever its quantity") {
        Outcome outcome = evaluate_rule(
            "evidence: {at_least: 2, type: review}",
            "evidence:\n" + item_line("r1", "type: review, quantity: 30"), "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "1 matching evidence item (2 needed): r1");
    }

    TEST_CASE("the rule's own filters apply beside any_of") {
        Framework framework = test::load_valid_framework(test::framework_with_rule(
            "evidence: {within_months: 12, any_of: [{type: review}, {type: talk}]}"));
        CHECK(framework.find_criterion("c1")->rule->describe(framework) ==
              "at least 1 of: reviews, or talks; each in the last 12 months");
    }

    TEST_CASE("count takes items or quantity, any_of takes filter sets") {
        auto errors = [](const std::string& bad_rule) {
            Diagnostics diagnostics;
            load_framework({{"criteria.yaml", test::framework_with_rule(bad_rule)}}, InputLimits{},
                           diagnostics);
            return test::lines(diagnostics);
        };
        CHECK(errors("evidence: {count: sum}") ==
              std::vector<std::string>{"criteria.yaml:23:27: error: rule 'evidence' 'count': "
                                       "expected items or quantity, found 'sum' [wrong-value]"});
        CHECK(errors("evidence: {any_of: [{typ: talk}]}") ==
              std::vector<std::string>{"criteria.yaml:23:30: error: evidence filter set: unknown "
                                       "key 'typ' (did you mean 'type'?) [unknown-key]"});
    }

} // TEST_SUITE
