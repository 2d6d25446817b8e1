#include "rules/rule_kinds.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

// Loads framework_with_rule(rule) and returns its diagnostics: the criterion starts at line 19,
// column 9, and the rule is on line 23.
Lines load(const std::string& rule) {
    Diagnostics diagnostics;
    load_framework({{"criteria.yaml", test::framework_with_rule(rule)}}, InputLimits{},
                   diagnostics);
    return lines(diagnostics);
}

} // namespace

TEST_SUITE("rules/rule_kinds") {

    TEST_CASE("every rule kind parses from its YAML") {
        CHECK(rule_kind_names() ==
              std::vector<std::string>{"rating", "points", "evidence", "demonstrated", "tenure",
                                       "completed", "interest", "all_of", "any_of", "at_least"});
        for (const char* rule :
             {"rating: {competency: delivery, min: 3}", "points: {min: 3}",
              "evidence: {type: talk}", "demonstrated: {at_least: 1}",
              "tenure: {months: 6, in: level}", "completed: {programme: manager-foundations}",
              "interest: {track: ic}", "all_of: [{interest: {track: ic}}]",
              "any_of: [{interest: {track: ic}}]",
              "at_least: {count: 1, of: [{interest: {track: ic}}]}"}) {
            CAPTURE(rule);
            Framework framework = test::load_valid_framework(test::framework_with_rule(rule));
            REQUIRE(framework.find_criterion("c1") != nullptr);
            CHECK(framework.find_criterion("c1")->rule != nullptr);
        }
    }

    TEST_CASE("a criterion needs exactly one rule") {
        SUBCASE("none") {
            CHECK(
                load("required: true") ==
                Lines{
                    "criteria.yaml:19:9: error: criterion 'c1': expected exactly one rule "
                    "(rating, points, evidence, demonstrated, tenure, completed, interest, all_of, "
                    "any_of, at_least), found none [missing-rule]"});
        }
        SUBCASE("two") {
            CHECK(
                load(
                    "interest: {track: ic}\n        completed: {programme: manager-foundations}") ==
                Lines{"criteria.yaml:24:9: error: criterion 'c1': expected exactly one rule, found "
                      "interest and completed; combine rules with all_of, any_of or at_least "
                      "[several-rules]"});
        }
    }

    TEST_CASE("an option of a combinator is a map with one rule key") {
        SUBCASE("an unknown rule, with a suggestion") {
            CHECK(
                load("any_of: [{intrest: {track: ic}}]") ==
                Lines{"criteria.yaml:23:19: error: rule 'any_of': unknown rule 'intrest' (did you "
                      "mean 'interest'?) [unknown-rule]"});
        }
        SUBCASE("two keys") {
            CHECK(
                load("any_of: [{interest: {track: ic}, tenure: {months: 1}}]") ==
                Lines{"criteria.yaml:23:18: error: rule 'any_of': expected a map with exactly one "
                      "rule (rating, points, evidence, demonstrated, tenure, completed, interest, "
                      "all_of, any_of, at_least), found 2 keys [wrong-type]"});
        }
        SUBCASE("an empty list") {
            CHECK(load("all_of: []") ==
                  Lines{"criteria.yaml:23:17: error: rule 'all_of': expected a "
                        "non-empty list of rules, found an empty list "
                        "[wrong-type]"});
        }
        SUBCASE("at_least without its count") {
            CHECK(load("at_least: {of: [{interest: {track: ic}}]}") ==
                  Lines{"criteria.yaml:23:19: error: rule 'at_least': missing required key 'count' "
                        "[missing-key]"});
        }
    }

    TEST_CASE("rule values are checked like any map") {
        SUBCASE("an unknown key in a rule") {
            CHECK(load("rating: {competency: delivery, minimum: 3}") ==
                  Lines{"criteria.yaml:23:40: error: rule 'rating': unknown key 'minimum' "
                        "(did you mean 'min'?) [unknown-key]"});
        }
        SUBCASE("tenure 'in' takes level or organisation") {
            CHECK(load("tenure: {months: 6, in: company}") ==
                  Lines{"criteria.yaml:23:33: error: rule 'tenure' 'in': expected level or "
                        "organisation, found 'company' [wrong-value]"});
        }
    }

} // TEST_SUITE
