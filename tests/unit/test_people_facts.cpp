#include "load/people_facts.hpp"
#include "load/roster_loader.hpp"
#include "load/statements_loader.hpp"
#include "rules/endorser_count.hpp"
#include "test_support.hpp"

using namespace ladder;
using ladder::test::lines;

namespace {

const std::string person_text = R"(person: {id: E5, name: Test Person}
track: ic
level: L1
in_level_since: 2025-01-15
labels: {manager: E9, team: core}
ratings:
  delivery: {rating: 3, by: E7}
  influence: {rating: 4, by: E5}
  technical_depth: 2
evidence:
  - id: big-project
    type: project
    title: A big project
    date: 2025-06-01
    endorsed_by: [E5, E7, E8]
)";

PeopleFacts facts_of(const std::string& roster_csv, const std::string& statements_yaml) {
    PeopleFacts facts;
    Diagnostics diagnostics;
    if (!roster_csv.empty()) {
        facts.roster = load_roster({"roster.csv", roster_csv}, InputLimits{}, diagnostics);
    }
    if (!statements_yaml.empty()) {
        load_statements({"statements.yaml", statements_yaml}, InputLimits{}, facts.statements,
                        diagnostics);
        facts.statements.index();
    }
    CHECK(lines(diagnostics) == std::vector<std::string>{});
    return facts;
}

Framework framework_counting(const std::string& counted) {
    std::string people = counted.empty() ? "" : "people:\n  counted: " + counted + "\n";
    return test::load_valid_framework(test::framework_with_rule("rating: {competency: delivery, "
                                                                "min: 3}") +
                                      people);
}

} // namespace

TEST_SUITE("load/people_facts") {
    TEST_CASE("from the person's file alone: sources, and the person's own endorsement never "
              "counts") {
        Framework framework = framework_counting("");
        Person person = test::load_valid_person(person_text);
        Diagnostics diagnostics;
        apply_people_facts(framework, PeopleFacts{}, person, diagnostics);
        CHECK(lines(diagnostics) == std::vector<std::string>{});
        CHECK(person.rating_for("delivery")->provenance == Provenance::claimed);
        CHECK(person.rating_for("influence")->provenance == Provenance::self_assessed);
        CHECK(person.rating_for("technical_depth")->provenance == Provenance::unattributed);
        const EvidenceItem& item = person.evidence.front();
        CHECK(item.endorsed_by == std::vector<std::string>{"E7", "E8"});
        CHECK_FALSE(item.endorsements[0].counts);
        EndorserCount count;
        CHECK(count.count(item) == 2);
    }

    TEST_CASE("ids that differ only in case are one mistake, not two people") {
        Framework framework = framework_counting("");
        std::string text = person_text;
        text.replace(text.find("[E5, E7, E8]"), 12, "[E7, e7]");
        Person person = test::load_valid_person(text);
        Diagnostics diagnostics;
        apply_people_facts(framework, PeopleFacts{}, person, diagnostics);
        CHECK(lines(diagnostics) ==
              std::vector<std::string>{"person.yaml:15:23: error: endorser 'e7' differs only in "
                                       "case from 'E7' (line 7); ids are compared exactly, so "
                                       "expected one spelling [id-case-mismatch]"});
    }

    TEST_CASE("statements confirm claims, add their own, and win a disagreement") {
        Framework framework = framework_counting("");
        Person person = test::load_valid_person(person_text);
        PeopleFacts facts = facts_of("", R"(statements: {by: E7, date: 2025-09-01}
about:
  E5:
    ratings: {delivery: 4, influence: 2}
    endorses: [big-project]
)");
        Diagnostics diagnostics;
        apply_people_facts(framework, facts, person, diagnostics);
        CHECK(lines(diagnostics) ==
              std::vector<std::string>{
                  "person.yaml:7:29: warning: the rating of 'delivery' by E7 is 3 here, but E7's "
                  "statements (statements.yaml:4) say 4; the statement is used "
                  "[statement-disagrees]"});
        const Rating* delivery = person.rating_for("delivery");
        CHECK(delivery->provenance == Provenance::confirmed);
        CHECK(delivery->value == 4);
        CHECK(delivery->date == test::date("2025-09-01"));
        // E7's rating of influence is confirmed and better attested than the self-assessment.
        const Rating* influence = person.rating_for("influence");
        CHECK(influence->rated_by == "E7");
        CHECK(influence->provenance == Provenance::confirmed);
        const auto& endorsements = person.evidence.front().endorsements;
        CHECK(endorsements[1].provenance == Provenance::confirmed);
        CHECK(endorsements[2].provenance == Provenance::claimed);
    }

    TEST_CASE("the framework chooses what counts") {
        Framework framework =
            framework_counting("{ratings: [confirmed], endorsements: [confirmed]}");
        Person person = test::load_valid_person(person_text);
        Diagnostics diagnostics;
        apply_people_facts(framework, PeopleFacts{}, person, diagnostics);
        CHECK(person.rating_for("delivery") == nullptr);
        CHECK(person.any_rating_for("delivery")->rated_by == "E7");
        CHECK(person.evidence.front().endorsed_by.empty());
        Outcome outcome = framework.levels[0].criteria[0].rule->evaluate(
            {framework, person, test::date("2026-01-01"), "c1", Detail::sentences});
        CHECK(outcome.status == Status::no_data);
        CHECK(outcome.reason == "rated 3 (Proficient) in Delivery by E7 (claimed), which does not "
                                "count: claimed ratings do not count in this framework");
    }

    TEST_CASE("the roster is the authority on labels and endorsers, and on who exists") {
        Framework framework = framework_counting("");
        PeopleFacts facts = facts_of("id,name,manager,team,role\n"
                                     "E5,Test Person,E6,core,engineer\n"
                                     "E6,Their Manager,,core,manager\n"
                                     "E7,A Peer,E6,core,principal\n",
                                     "");
        SUBCASE("labels and attributes come from the roster; what it does not know is said") {
            Person person = test::load_valid_person(person_text);
            Diagnostics diagnostics;
            apply_people_facts(framework, facts, person, diagnostics);
            CHECK(lines(diagnostics) ==
                  std::vector<std::string>{
                      "person.yaml:5:10: warning: label 'manager' is 'E9' here, but the roster "
                      "(roster.csv:2) says 'E6'; the roster's value is used [roster-disagrees]",
                      "person.yaml:15:27: warning: endorser 'E8': expected an id on the roster "
                      "roster.csv, found none (did you mean 'E5'?) [unknown-person]"});
            CHECK(*person.label("manager") == "E6");
            CHECK(*person.label("role") == "engineer");
            CHECK(person.evidence.front().endorsements[1].attributes.at("role") == "principal");
        }
        SUBCASE("a person the roster does not know is an error") {
            std::string text = person_text;
            text.replace(text.find("id: E5"), 6, "id: E4");
            Person person = test::load_valid_person(text);
            Diagnostics diagnostics;
            apply_people_facts(framework, facts, person, diagnostics);
            CHECK(diagnostics.has_errors());
            CHECK(lines(diagnostics).front() ==
                  "person.yaml:1:14: error: person 'E4': expected an id on the roster roster.csv, "
                  "found none (did you mean 'E5'?) [not-on-roster]");
        }
    }

    TEST_CASE("a statements file may not vouch for its author") {
        Framework framework = framework_counting("");
        PeopleFacts facts = facts_of("", R"(statements: {by: E5}
about:
  E5: {endorses: [big-project]}
)");
        Diagnostics diagnostics;
        check_people_facts(framework, facts, diagnostics);
        CHECK(lines(diagnostics) ==
              std::vector<std::string>{"statements.yaml:3:19: error: E5 endorses for themselves; "
                                       "expected statements about other people (a person's own "
                                       "endorsements and approvals never count) [self-vouching]"});
    }
}
