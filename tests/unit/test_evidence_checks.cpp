#include "check/evidence_checks.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

// The person file `text` checked against the framework of test_support.hpp with one level L1
// (criterion c1) on track ic, as of 2026-11-01.
Lines check(const std::string& text) {
    Framework framework =
        test::load_valid_framework(test::framework_with_rule("interest: {track: ic}"));
    Person person = test::load_valid_person(text);
    Diagnostics diagnostics;
    check_person(framework, person, test::date("2026-11-01"), diagnostics);
    return lines(diagnostics);
}

// The same, with a framework that has a `people:` section.
Lines check_with_people(const std::string& people, const std::string& text) {
    Framework framework = test::load_valid_framework(
        test::framework_with_rule("interest: {track: ic}") + "people:\n" + people);
    Person person = test::load_valid_person(text);
    Diagnostics diagnostics;
    check_person(framework, person, test::date("2026-11-01"), diagnostics);
    return lines(diagnostics);
}

} // namespace

TEST_SUITE("check/evidence_checks") {

    TEST_CASE("a person who fits the framework has no problem") {
        CHECK(check(test::person_head + R"(interests: [management]
ratings: {delivery: 5, influence: 1}
completed: [manager-foundations]
evidence:
  - {id: a, type: talk, title: T, date: 2026-11-01, competencies: [delivery], demonstrates: [c1]}
exceptions:
  - {criterion: c1, status: waived, justification: J, approved_by: E0}
)") == Lines{});
    }

    TEST_CASE("placeholders left from the template are warnings, the example never counts") {
        std::string text = R"(person: {id: E0000, name: Your Name}
track: ic
level: L1
in_level_since: 2025-01-15
evidence:
  - {id: first-item, type: talk, title: What you did, date: 2026-11-01, demonstrates: [c1]}
)";
        CHECK(check(text) ==
              Lines{"person.yaml:1:14: warning: the person is still 'Your Name' (E0000), the "
                    "placeholder from 'ladder template'; expected your own name and id "
                    "[template-placeholder]",
                    "person.yaml:6:10: warning: evidence item 'first-item' still has the title "
                    "'What you did' of the example from 'ladder template'; it does not count as "
                    "evidence until it describes what you did [template-placeholder]"});
        Framework framework =
            test::load_valid_framework(test::framework_with_rule("demonstrated: {at_least: 1}"));
        Person person = test::load_valid_person(text);
        RuleContext context{framework, person, test::date("2026-11-01"), "c1", Detail::items};
        Outcome outcome = framework.find_criterion("c1")->rule->evaluate(context);
        CHECK(outcome.status == Status::not_met);
        REQUIRE(outcome.considered.size() == 1);
        CHECK(outcome.considered[0].near_miss()); // its only fault is being the example
        CHECK(outcome.considered[0].why.starts_with("the example from 'ladder template'"));
    }

    TEST_CASE("where the person stands must exist") {
        SUBCASE("unknown track and level") {
            CHECK(check("person: {id: E1, name: N}\ntrack: icc\nlevel: L9\nin_level_since: "
                        "2025-01-15\n") ==
                  Lines{"person.yaml:2:8: error: unknown track 'icc' (did you mean 'ic'?) "
                        "[unknown-track]",
                        "person.yaml:3:8: error: unknown level 'L9' (did you mean 'L1'?) "
                        "[unknown-level]"});
        }
        SUBCASE("a level of another track") {
            CHECK(check("person: {id: E1, name: N}\ntrack: management\nlevel: L1\nin_level_since: "
                        "2025-01-15\n") ==
                  Lines{"person.yaml:3:8: error: level 'L1' is on track 'ic', not on 'management' "
                        "[level-not-on-track]"});
        }
        SUBCASE("in the level since after the evaluation date") {
            CHECK(
                check("person: {id: E1, name: N}\ntrack: ic\nlevel: L1\nin_level_since: "
                      "2026-11-02\n") ==
                Lines{"person.yaml:4:17: error: in_level_since 2026-11-02 is after the evaluation "
                      "date 2026-11-01 [date-after-as-of]"});
        }
    }

    TEST_CASE("interests, programmes and competencies must exist") {
        CHECK(check(test::person_head + "interests: [managment]\ncompleted: [manager-foundation]\n"
                                        "evidence:\n  - {id: a, type: talk, title: T, date: "
                                        "2026-01-01, competencies: [delivry]}\n") ==
              Lines{"person.yaml:5:13: error: unknown track 'managment' (did you mean "
                    "'management'?) [unknown-track]",
                    "person.yaml:6:13: error: unknown programme 'manager-foundation' (did you mean "
                    "'manager-foundations'?) [unknown-programme]",
                    "person.yaml:8:68: error: unknown competency 'delivry' (did you mean "
                    "'delivery'?) [unknown-competency]"});
    }

    TEST_CASE("ratings must be on the scale, at its ends included") {
        CHECK(check(test::person_head + "ratings: {delivery: 1, influence: 5}\n") == Lines{});
        CHECK(
            check(test::person_head + "ratings: {delivery: 0, influence: 6}\n") ==
            Lines{"person.yaml:5:11: error: rating of 'delivery': expected a whole number from 1 "
                  "to 5, found 0 [rating-off-scale]",
                  "person.yaml:5:24: error: rating of 'influence': expected a whole number from 1 "
                  "to 5, found 6 [rating-off-scale]"});
    }

    TEST_CASE("evidence items: unique ids, not after the evaluation date") {
        SUBCASE("dated on the evaluation date is fine, a day later is not") {
            CHECK(check(test::person_head +
                        "evidence:\n"
                        "  - {id: a, type: talk, title: T, date: 2026-11-01}\n"
                        "  - {id: b, type: talk, title: T, date: 2026-11-02}\n") ==
                  Lines{"person.yaml:7:41: error: evidence item 'b' is dated 2026-11-02, after the "
                        "evaluation date 2026-11-01 [date-after-as-of]"});
        }
        SUBCASE("the same id twice") {
            CHECK(check(test::person_head +
                        "evidence:\n"
                        "  - {id: a, type: talk, title: T, date: 2026-01-01}\n"
                        "  - {id: a, type: talk, title: U, date: 2026-01-02}\n") ==
                  Lines{"person.yaml:7:10: error: the evidence id 'a' is already used at line 6; "
                        "expected each id once [duplicate-id]"});
        }
    }

    TEST_CASE("criteria named by items and exceptions must exist, one exception each") {
        CHECK(
            check(test::person_head +
                  "evidence:\n"
                  "  - {id: a, type: talk, title: T, date: 2026-01-01, demonstrates: [c2]}\n"
                  "exceptions:\n"
                  "  - {criterion: c1, status: waived, justification: J, approved_by: E0}\n"
                  "  - {criterion: c1, status: not_applicable, justification: K, approved_by: E0}\n"
                  "  - {criterion: c9, status: waived, justification: J, approved_by: E0}\n") ==
            Lines{"person.yaml:6:68: error: unknown criterion 'c2' (did you mean 'c1'?) "
                  "[unknown-criterion]",
                  "person.yaml:9:17: error: criterion 'c1' has more than one exception "
                  "[duplicate-exception]",
                  "person.yaml:10:17: error: unknown criterion 'c9' (did you mean 'c1'?) "
                  "[unknown-criterion]"});
    }

    TEST_CASE("nobody approves their own exception") {
        CHECK(check(test::person_head +
                    "exceptions:\n"
                    "  - {criterion: c1, status: waived, justification: J, approved_by: E1}\n") ==
              Lines{"person.yaml:6:68: error: the exception for 'c1' is approved by E1, the "
                    "person themselves; expected someone else's approval "
                    "[self-approved-exception]"});
    }

    TEST_CASE("with approvers declared, only they or the person named by a label approve") {
        std::string people = "  approvers: [E0001]\n  approver_labels: [manager]\n";
        std::string head = test::person_head + "labels: {manager: E7}\nexceptions:\n";
        CHECK(check_with_people(people, head + "  - {criterion: c1, status: waived, "
                                               "justification: J, approved_by: E7}\n") == Lines{});
        CHECK(check_with_people(people, head + "  - {criterion: c1, status: waived, "
                                               "justification: J, approved_by: E0001}\n") ==
              Lines{});
        CHECK(check_with_people(people, head + "  - {criterion: c1, status: waived, "
                                               "justification: J, approved_by: E9}\n") ==
              Lines{"person.yaml:7:68: error: the exception for 'c1' is approved by E9, who may "
                    "not approve exceptions; expected one of E0001, the person's manager (E7) "
                    "[approver-not-allowed]"});
    }

    TEST_CASE("labels the framework lists are checked, with a suggestion") {
        CHECK(check_with_people("  labels: [team, manager]\n",
                                test::person_head + "labels: {taem: a, manager: E7}\n") ==
              Lines{"person.yaml:5:10: error: unknown label 'taem' (did you mean 'team'?) "
                    "[unknown-label]"});
        CHECK(check(test::person_head + "labels: {taem: a}\n") == Lines{});
    }

} // TEST_SUITE

TEST_SUITE("check/evidence_checks") {

    TEST_CASE("interests name tracks or levels") {
        CHECK(check(test::person_head + "interests: [ic, L1]\n") == Lines{});
        CHECK(check(test::person_head + "interests: [L2]\n") ==
              Lines{"person.yaml:5:13: error: unknown track 'L2' (did you mean 'L1'?) "
                    "[unknown-track]"});
    }

    TEST_CASE("history: known levels, dated before the current level") {
        CHECK(check(test::person_head + "history:\n  - {level: L1, since: 2023-01-01}\n") ==
              Lines{});
        CHECK(check(test::person_head + "history:\n  - {level: L9, since: 2025-01-15}\n") ==
              Lines{"person.yaml:6:13: error: unknown level 'L9' (did you mean 'L1'?) "
                    "[unknown-level]",
                    "person.yaml:6:24: error: history: expected a date before in_level_since "
                    "2025-01-15 (the current level starts after the past ones), found 2025-01-15 "
                    "[history-not-before-current]"});
    }

} // TEST_SUITE
