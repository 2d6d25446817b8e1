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
const std::string framework_text = ladder::test::framework_head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria: []
  - id: L2
    track: ic
    title: Senior Engineer
    band: 2
    summary: Leads.
    criteria:
      - {id: leads, title: Leads, description: d, evidence: {type: project, role: lead, within_months: 12}}
      - {id: wide, title: Wide, description: d, evidence: {type: [project, initiative], min_scope: org, at_least: 2}}
      - {id: deep, title: Deep, description: d, evidence: {competency: technical_depth, within_months: 24}}
      - {id: designs, title: Designs, description: d, demonstrated: {type: design}}
      - {id: delivers, title: Delivers, description: d, rating: {competency: delivery, min: 4}}
      - {id: trained, title: Trained, description: d, required: false, completed: {programme: manager-foundations}}
)";

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
        LevelResult result =
            evaluate_level(framework, person, *framework.find_level("L2"), as_of, false);
        NextSteps plan = plan_next_steps(result, as_of);
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
        NextSteps plan = plan_next_steps(evaluate_level(framework, person, level, as_of), as_of);
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

    TEST_CASE("needs that no one item can pass together stay apart") {
        EvidenceNeed project;
        project.types = {"project"};
        project.roles = {"lead"};
        EvidenceNeed design;
        design.types = {"design"};
        EvidenceNeed reviewed;
        reviewed.roles = {"reviewer"};
        EvidenceNeed anything;
        CHECK_FALSE(can_merge(project, design));
        CHECK_FALSE(can_merge(project, reviewed));
        CHECK(can_merge(design, reviewed));
        CHECK(can_merge(anything, project));
        CHECK(merge(anything, project).roles == std::vector<std::string>{"lead"});
    }
}
