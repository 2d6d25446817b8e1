#include "load/evidence_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

Lines load_lines(const std::string& text, std::optional<Person>* out = nullptr) {
    Diagnostics diagnostics;
    auto person = load_person({"person.yaml", text}, InputLimits{}, diagnostics);
    if (out != nullptr) {
        *out = std::move(person);
    }
    return lines(diagnostics);
}

} // namespace

TEST_SUITE("load/evidence_loader") {

    TEST_CASE("a complete evidence file loads, items sorted by id") {
        Person person = test::load_valid_person(test::person_head + R"(joined: 2021-09-01
interests: [ic, management]
ratings:
  technical_depth: 4
  delivery: {rating: 3, by: E0007, date: 2026-09-15}
completed: [secure-coding]
evidence:
  - id: zeta
    type: talk
    title: A talk
    date: 2026-01-10
  - id: alpha
    type: project
    kind: testimony
    title: A project
    date: 2025-06-30
    role: lead
    scope: org
    competencies: [technical_depth]
    demonstrates: [c1]
    tags: [migration]
    links: [https://example.com/a]
    endorsed_by: [E1, E2]
exceptions:
  - criterion: c2
    status: not_applicable
    justification: No on-call rota in this team.
    approved_by: E0001
    date: 2025-10-01
)");
        CHECK(person.file == "person.yaml");
        CHECK(person.id == "E1");
        CHECK(person.name == "Test Person");
        CHECK(person.track.id == "ic");
        CHECK(person.level.id == "L1");
        CHECK(person.in_level_since == test::date("2025-01-15"));
        CHECK(person.joined == test::date("2021-09-01"));
        CHECK(person.is_interested_in("management"));
        CHECK(person.has_completed("secure-coding"));
        REQUIRE(person.rating_for("delivery") != nullptr);
        CHECK(person.rating_for("delivery")->value == 3);
        CHECK(person.rating_for("delivery")->rated_by == "E0007");
        CHECK(person.rating_for("technical_depth")->value == 4);
        REQUIRE(person.evidence.size() == 2);
        const EvidenceItem& alpha = person.evidence[0];
        CHECK(alpha.id == "alpha");
        CHECK(alpha.kind == "testimony");
        CHECK(alpha.where.line == 16);
        CHECK(alpha.date_where.line == 20);
        // E1 is the person: their own endorsement is loaded, and never counted.
        CHECK(alpha.endorsements.size() == 2);
        CHECK(alpha.endorsed_by == std::vector<std::string>{"E2"});
        CHECK(person.evidence[1].kind.empty()); // not stated: no kind, no default
        REQUIRE(person.exception_for("c2") != nullptr);
        CHECK(person.exception_for("c2")->kind == ExceptionKind::not_applicable);
    }

    TEST_CASE("required keys of the file, the person and an item") {
        std::optional<Person> person;
        CHECK(load_lines("person: {id: E1}\nlevel: L1\n", &person) ==
              Lines{"person.yaml:1:1: error: evidence file: missing required key 'track' "
                    "[missing-key]",
                    "person.yaml:1:1: error: evidence file: missing required key 'in_level_since' "
                    "[missing-key]",
                    "person.yaml:1:9: error: person: missing required key 'name' [missing-key]"});
        SUBCASE("an item without a date is left out") {
            CHECK(load_lines(test::person_head + "evidence:\n  - {id: a, type: talk, title: T}\n",
                             &person) ==
                  Lines{"person.yaml:6:5: error: evidence item 'a': missing required key 'date' "
                        "[missing-key]"});
            REQUIRE(person.has_value());
            CHECK(person->evidence.empty());
        }
    }

    TEST_CASE("vocabulary values are checked") {
        CHECK(
            load_lines(test::person_head +
                       "evidence:\n  - {id: a, type: blog, title: T, date: 2025-01-01, scope: "
                       "galaxy}\n") ==
            Lines{"person.yaml:6:19: error: evidence item 'a' 'type': expected one of project, "
                  "design, incident, mentoring, hiring, talk, writing, review, initiative, "
                  "feedback, other, found 'blog' [unknown-type]",
                  "person.yaml:6:60: error: evidence item 'a' 'scope': expected one of individual, "
                  "team, multi_team, org, company, industry, found 'galaxy' [unknown-scope]"});
    }

    TEST_CASE("ratings are whole numbers") {
        CHECK(load_lines(test::person_head + "ratings:\n  delivery: high\n  influence: {rating: "
                                             "3.5}\n") ==
              Lines{"person.yaml:6:13: error: rating of 'delivery': expected a whole number from 0 "
                    "to 1000, found 'high' [wrong-type]",
                    "person.yaml:7:23: error: rating of 'influence' 'rating': expected a whole "
                    "number from 0 to 1000, found '3.5' [wrong-type]"});
    }

    TEST_CASE("an exception needs its justification and approver") {
        std::optional<Person> person;
        CHECK(
            load_lines(test::person_head +
                           "exceptions:\n  - {criterion: c1, status: forgiven, justification: x}\n",
                       &person) ==
            Lines{"person.yaml:6:5: error: exception: missing required key 'approved_by' "
                  "[missing-key]",
                  "person.yaml:6:29: error: exception 'status': expected one of waived, "
                  "not_applicable, found 'forgiven' [unknown-status]"});
        REQUIRE(person.has_value());
        CHECK(person->exceptions.empty());
    }

    TEST_CASE("a file that is not a map is no person") {
        std::optional<Person> person;
        CHECK(load_lines("- just\n- a list\n", &person) ==
              Lines{"person.yaml:1:1: error: evidence file: expected a map, found a list "
                    "[wrong-type]"});
        CHECK_FALSE(person.has_value());
    }

} // TEST_SUITE

TEST_SUITE("load/evidence_loader") {

    TEST_CASE("endorsements: ids, or maps of an id and attributes") {
        Person person = test::load_valid_person(
            test::person_head + "evidence:\n  - id: a\n    type: talk\n    title: T\n    date: "
                                "2025-01-01\n    quantity: 3\n    endorsed_by: [E1, {id: E2, "
                                "organisation: acme, reviewer: yes}]\n");
        REQUIRE(person.evidence.size() == 1);
        const EvidenceItem& item = person.evidence.front();
        CHECK(item.quantity == 3);
        CHECK(item.endorsed_by == Lines{"E2"}); // E1 is the person: never counted
        REQUIRE(item.endorsements.size() == 2);
        CHECK(item.endorsements[0].provenance == Provenance::self_assessed);
        CHECK(item.endorsements[1].provenance == Provenance::claimed);
        CHECK(item.endorsements[0].attributes.empty());
        CHECK(item.endorsements[1].attributes ==
              std::map<std::string, std::string>{{"organisation", "acme"}, {"reviewer", "yes"}});
    }

    TEST_CASE("an endorsement map needs an id, attributes are text, quantity is whole") {
        CHECK(load_lines(test::person_head +
                         "evidence:\n  - {id: a, type: talk, title: T, date: 2025-01-01, "
                         "quantity: 0, endorsed_by: [{organisation: acme}, {id: E2, teams: "
                         "[x]}]}\n") ==
              Lines{"person.yaml:6:63: error: evidence item 'a' 'quantity': expected a whole "
                    "number from 1 to 1000000, found 0 [out-of-range]",
                    "person.yaml:6:80: error: endorsement: expected an 'id' (who endorsed) "
                    "beside the attributes, found none [missing-key]",
                    "person.yaml:6:118: error: endorsement attribute 'teams': expected text, "
                    "found a list [wrong-type]"});
    }

} // TEST_SUITE

TEST_SUITE("load/evidence_loader") {

    TEST_CASE("a trial names the level left and the day the move started") {
        Person person =
            test::load_valid_person(test::person_head + "trial: {from: IC4, since: 2026-05-15}\n");
        REQUIRE(person.trial.has_value());
        CHECK(person.trial->from.id == "IC4");
        CHECK(person.trial->since.to_string() == "2026-05-15");
        CHECK(load_lines(test::person_head + "trial: {from: IC4}\n") ==
              Lines{"person.yaml:5:8: error: trial: missing required key 'since' [missing-key]"});
    }
}
