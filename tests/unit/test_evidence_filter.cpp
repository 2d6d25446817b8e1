#include "rules/evidence_filter.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::date;

namespace {

IdRef ref(const std::string& id) {
    return IdRef{id, Location{}};
}

EvidenceItem item() {
    EvidenceItem result;
    result.id = "i1";
    result.type = "project";
    result.kind = "artifact";
    result.title = "A project";
    result.date = date("2026-06-01");
    result.role = "lead";
    result.scope = "org";
    result.competencies = {ref("delivery")};
    result.tags = {"migration", "payments"};
    result.endorsed_by = {"E1", "E2", "E1"};
    return result;
}

} // namespace

TEST_SUITE("rules/evidence_filter") {

    TEST_CASE("rejects: an item passing every filter is accepted") {
        EvidenceFilter filter;
        filter.types = {ref("design"), ref("project")};
        filter.kinds = {ref("artifact")};
        filter.roles = {ref("lead"), ref("owner")};
        filter.min_scope = ref("multi_team");
        filter.competency = ref("delivery");
        filter.tags = {"payments"};
        filter.within_months = 6;
        filter.min_endorsers = 2;
        CHECK(filter.rejects(item(), date("2026-11-01")) == std::nullopt);
    }

    TEST_CASE("rejects: says why an item does not pass") {
        EvidenceFilter filter;
        EvidenceItem it = item();
        const Date as_of = date("2026-11-01");
        SUBCASE("type") {
            filter.types = {ref("design"), ref("talk")};
            CHECK(filter.rejects(it, as_of) == "type project, not design or talk");
        }
        SUBCASE("kind") {
            filter.kinds = {ref("testimony")};
            CHECK(filter.rejects(it, as_of) == "kind artifact, not testimony");
        }
        SUBCASE("role") {
            filter.roles = {ref("mentor")};
            CHECK(filter.rejects(it, as_of) == "role lead, not mentor");
        }
        SUBCASE("no role") {
            filter.roles = {ref("lead")};
            it.role = "";
            CHECK(filter.rejects(it, as_of) == "no role given, expected lead");
        }
        SUBCASE("scope one step too small") {
            filter.min_scope = ref("company");
            CHECK(filter.rejects(it, as_of) == "scope org is smaller than company");
        }
        SUBCASE("no scope") {
            filter.min_scope = ref("team");
            it.scope = "";
            CHECK(filter.rejects(it, as_of) == "no scope given, expected team or wider");
        }
        SUBCASE("competency") {
            filter.competency = ref("influence");
            CHECK(filter.rejects(it, as_of) == "does not list the competency influence");
        }
        SUBCASE("tags: every one is needed") {
            filter.tags = {"payments", "search"};
            CHECK(filter.rejects(it, as_of) == "not tagged 'search'");
        }
        SUBCASE("endorsers are counted once each") {
            filter.min_endorsers = 3;
            CHECK(filter.rejects(it, as_of) == "endorsed by 2 people, fewer than 3");
        }
        SUBCASE("one endorser") {
            filter.min_endorsers = 2;
            it.endorsed_by = {"E1"};
            CHECK(filter.rejects(it, as_of) == "endorsed by 1 person, fewer than 2");
        }
        SUBCASE("dated after the evaluation date") {
            it.date = date("2026-11-02");
            CHECK(filter.rejects(it, as_of) ==
                  "dated 2026-11-02, after the evaluation date 2026-11-01");
        }
    }

    TEST_CASE("failed_filters counts every filter an item fails, not only the first") {
        EvidenceFilter filter;
        filter.types = {ref("project")};
        filter.roles = {ref("lead")};
        filter.within_months = 12;
        CHECK(filter.failed_filters(item(), date("2026-11-01")) == 0);
        EvidenceItem old_contribution = item();
        old_contribution.role = "contributor";
        CHECK(filter.failed_filters(old_contribution, date("2026-11-01")) == 1); // a near miss
        old_contribution.date = date("2024-01-01");
        old_contribution.type = "design";
        CHECK(filter.failed_filters(old_contribution, date("2026-11-01")) == 3);
        CHECK(filter.check_item(old_contribution, date("2026-11-01")) ==
              EvidenceFilter::Rejection::type);
    }

    TEST_CASE("rejects: within_months counts the day exactly N months back") {
        EvidenceFilter filter;
        filter.within_months = 5;
        EvidenceItem it = item();
        it.date = date("2026-06-01");
        CHECK(filter.rejects(it, date("2026-11-01")) == std::nullopt);
        CHECK(filter.rejects(it, date("2026-11-02")) ==
              "too old: dated 2026-06-01, before 2026-06-02");
    }

    TEST_CASE("rejects: scope equal to the minimum passes, wider too") {
        EvidenceFilter filter;
        filter.min_scope = ref("org");
        EvidenceItem it = item();
        for (const char* scope : {"org", "company", "industry"}) {
            it.scope = scope;
            CHECK(filter.rejects(it, date("2026-11-01")) == std::nullopt);
        }
    }

    TEST_CASE("describe_items and describe_missing say what is asked in words") {
        Framework framework =
            test::load_valid_framework(test::framework_with_rule("evidence: {type: project}"));
        EvidenceFilter filter;
        SUBCASE("no filters") {
            CHECK(filter.describe_items(framework, 1) == "1 evidence item");
            CHECK(filter.describe_items(framework, 2) == "2 evidence items");
        }
        SUBCASE("one type names the noun") {
            filter.types = {ref("design")};
            CHECK(filter.describe_items(framework, 1) == "1 design document");
            CHECK(filter.describe_items(framework, 2, true) == "2 more design documents");
        }
        SUBCASE("several types") {
            filter.types = {ref("talk"), ref("writing")};
            CHECK(filter.describe_items(framework, 2) == "2 items (talk or writing)");
        }
        SUBCASE("qualifiers, and the window as months or as a date") {
            filter.types = {ref("project")};
            filter.roles = {ref("lead")};
            filter.min_scope = ref("org");
            filter.competency = ref("delivery");
            filter.within_months = 18;
            CHECK(filter.describe_items(framework, 2) ==
                  "2 projects where you were lead, at org scope or wider, showing Delivery, in the "
                  "last 18 months");
            CHECK(filter.describe_missing(framework, 1, date("2026-11-01")) ==
                  "1 more project where you were lead, at org scope or wider, showing Delivery, "
                  "dated on or after 2025-05-01");
        }
    }

} // TEST_SUITE

namespace {

EvidenceItem endorsed(std::vector<Endorsement> endorsements) {
    EvidenceItem result = item();
    result.endorsements = std::move(endorsements);
    result.endorsed_by.clear();
    for (const auto& endorsement : result.endorsements) {
        result.endorsed_by.push_back(endorsement.id);
    }
    return result;
}

} // namespace

TEST_SUITE("rules/evidence_filter") {

    TEST_CASE("endorsers: distinct values of an attribute among qualifying endorsers") {
        EvidenceFilter filter;
        filter.endorsers = EndorserCount{2, "organisation", {{"reviewer", "yes"}}};
        EvidenceItem two_from_acme =
            endorsed({{"E1", {{"organisation", "acme"}, {"reviewer", "yes"}}},
                      {"E2", {{"organisation", "acme"}, {"reviewer", "yes"}}},
                      {"E3", {{"organisation", "globex"}}}});
        CHECK(filter.rejects(two_from_acme, date("2026-11-01")) ==
              "endorsers have 1 distinct value of organisation (among endorsers with reviewer "
              "yes), fewer than 2");
        EvidenceItem two_organisations =
            endorsed({{"E1", {{"organisation", "acme"}, {"reviewer", "yes"}}},
                      {"E3", {{"organisation", "globex"}, {"reviewer", "yes"}}}});
        CHECK(filter.rejects(two_organisations, date("2026-11-01")) == std::nullopt);
    }

    TEST_CASE(
        "endorsers: without distinct, qualifying people are counted; no attribute, no value") {
        EvidenceFilter filter;
        filter.endorsers = EndorserCount{2, "", {{"reviewer", "yes"}}};
        EvidenceItem item_with = endorsed({{"E1", {{"reviewer", "yes"}}}, {"E2", {}}});
        CHECK(filter.rejects(item_with, date("2026-11-01")) ==
              "endorsed by 1 person with reviewer yes, fewer than 2");
        EvidenceFilter by_value;
        by_value.endorsers = EndorserCount{1, "organisation", {}};
        CHECK(by_value.rejects(endorsed({{"E1", {}}}), date("2026-11-01")) ==
              "endorsers have 0 distinct values of organisation, fewer than 1");
    }

    TEST_CASE("endorsers: described in words") {
        EvidenceFilter filter;
        filter.types = {ref("project")};
        filter.endorsers = EndorserCount{2, "organisation", {}};
        Framework framework =
            test::load_valid_framework(test::framework_with_rule("evidence: {type: project}"));
        CHECK(filter.describe_items(framework, 1) ==
              "1 project endorsed by people with at least 2 distinct values of organisation");
    }

} // TEST_SUITE
