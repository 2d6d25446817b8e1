#include "eval/next_steps.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::date;
using ladder::test::load_valid_framework;
using ladder::test::load_valid_person;

namespace {

// Level L2 asks for three things one led org-scope project can show, one thing it cannot (a
// design document), a rating and an optional programme.
const std::string framework_text = ladder::test::two_level_framework(R"(
      - {id: leads, title: Leads, description: d, evidence: {type: project, role: lead, within_months: 12}}
      - {id: wide, title: Wide, description: d, evidence: {type: [project, initiative], min_scope: org, at_least: 2}}
      - {id: deep, title: Deep, description: d, evidence: {competency: technical_depth, within_months: 24}}
      - {id: designs, title: Designs, description: d, demonstrated: {type: design}}
      - {id: delivers, title: Delivers, description: d, rating: {competency: delivery, min: 4}}
      - {id: trained, title: Trained, description: d, required: false, completed: {programme: manager-foundations}}
)");

const std::string person_text =
    ladder::test::person_head + "ratings:\n  delivery: {rating: 3, by: E9}\n";

std::vector<std::string> closes(const NextStep& step) {
    std::vector<std::string> ids;
    for (const auto* result : step.closes) {
        ids.push_back(result->criterion->id);
    }
    return ids;
}

} // namespace

TEST_SUITE("eval/next_steps") {

    TEST_CASE("gaps one item can close together become one step, ranked by required criteria") {
        Framework framework = load_valid_framework(framework_text);
        Person person = load_valid_person(person_text);
        Date as_of = date("2026-11-01");
        LevelResult result = evaluate_level(framework, person, *framework.find_level("L2"), as_of,
                                            Detail::sentences);
        NextSteps plan = plan_next_steps(framework, result, as_of);
        REQUIRE(plan.steps.size() == 4);
        CHECK(closes(plan.steps[0]) == std::vector<std::string>{"leads", "wide", "deep"});
        CHECK(plan.steps[0].required_closed == 3);
        const EvidenceNeed& merged = plan.steps[0].need.evidence;
        CHECK(merged.count == 2);
        CHECK(merged.types == std::vector<std::string>{"project"});
        CHECK(merged.min_scope == "org");
        CHECK(merged.competencies == std::vector<std::string>{"technical_depth"});
        CHECK(merged.dated_on_or_after == date("2025-11-01"));
        CHECK(closes(plan.steps[1]) == std::vector<std::string>{"designs"});
        CHECK(plan.steps[2].need.kind == Need::Kind::rating);
        CHECK(plan.steps[2].need.minimum == 4);
        CHECK(closes(plan.steps[3]) == std::vector<std::string>{"trained"});
        CHECK(plan.steps[3].required_closed == 0);
        CHECK(plan.new_items == 3); // the optional programme is not counted
    }

    TEST_CASE("the hypothetical items, added, meet every criterion their steps name") {
        Framework framework = load_valid_framework(framework_text);
        Person person = load_valid_person(person_text);
        Date as_of = date("2026-11-01");
        const Level& level = *framework.find_level("L2");
        NextSteps plan =
            plan_next_steps(framework, evaluate_level(framework, person, level, as_of), as_of);
        for (const auto& step : plan.steps) {
            if (step.hypothetical) {
                for (long copy = 0; copy < step.need.evidence.count; ++copy) {
                    EvidenceItem item = *step.hypothetical;
                    item.id += "-" + std::to_string(copy);
                    person.evidence.push_back(item);
                }
            }
        }
        LevelResult after = evaluate_level(framework, person, level, as_of);
        for (const auto& criterion : after.criteria) {
            bool evidence_only =
                criterion.criterion->id != "delivers" && criterion.criterion->id != "trained";
            INFO(criterion.criterion->id);
            CHECK((criterion.outcome.status == Status::met) == evidence_only);
        }
    }

    TEST_CASE("a hypothetical item uses the framework's words, endorsers and quantity") {
        // The framework's own types (no `other`) and kinds; a count of quantities; endorsers
        // from two regions.
        Framework framework = load_valid_framework(ladder::test::two_level_framework(
            R"(
      - {id: volume, title: V, description: d, evidence: {at_least: 40, count: quantity, any_of: [{type: ticket}]}}
      - {id: anything, title: A, description: d, evidence: {min_scope: region}}
      - {id: endorsed, title: E, description: d, evidence: {type: runbook, endorsers: {at_least: 2, distinct: region, with: {team: support}}}}
)",
            ladder::test::framework_head + "vocabularies:\n  types: [ticket, runbook]\n"
                                           "  kinds: [record, testimony]\n"
                                           "  scopes: [team, region, global]\n"));
        Person person = load_valid_person(ladder::test::person_head);
        Date as_of = date("2026-11-01");
        const Level& level = *framework.find_level("L2");
        LevelResult result = evaluate_level(framework, person, level, as_of); // steps point in
        NextSteps plan = plan_next_steps(framework, result, as_of);
        REQUIRE(plan.steps.size() == 2);
        const EvidenceItem& tickets = *plan.steps[0].hypothetical;
        CHECK(closes(plan.steps[0]) == std::vector<std::string>{"volume", "anything"});
        CHECK(tickets.type == "ticket");
        CHECK(tickets.kind.empty()); // no criterion asks for a kind: none is made up
        CHECK(tickets.scope == "region");
        CHECK(tickets.quantity == 40);
        CHECK(plan.steps[0].need.evidence.count == 1);
        const EvidenceItem& runbook = *plan.steps[1].hypothetical;
        REQUIRE(runbook.endorsements.size() == 2);
        CHECK(runbook.endorsements[1].attributes ==
              std::map<std::string, std::string>{{"region", "region-2"}, {"team", "support"}});
        for (const auto& step : plan.steps) {
            person.evidence.push_back(*step.hypothetical);
        }
        CHECK(evaluate_level(framework, person, level, as_of).ready);
    }
}
