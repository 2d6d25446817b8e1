#include "model/evidence_need.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("model/evidence_need") {

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

    TEST_CASE("endorsers: one need's merge with any, two different ones stay apart") {
        EvidenceNeed regions;
        regions.endorsers = {2, "region", {}};
        EvidenceNeed reviewers;
        reviewers.endorsers = {1, "", {{"reviewer", "yes"}}};
        EvidenceNeed anything;
        anything.quantity = 30;
        CHECK_FALSE(can_merge(regions, reviewers));
        REQUIRE(can_merge(anything, regions));
        EvidenceNeed merged = merge(anything, regions);
        CHECK(merged.endorsers == regions.endorsers);
        CHECK(merged.quantity == 30);
    }

    TEST_CASE("the wider scope is the framework's: its scopes in their order") {
        Vocabularies words = Vocabularies::defaults();
        words.scopes = {"team", "region", "global"};
        EvidenceNeed region;
        region.min_scope = "region";
        EvidenceNeed global;
        global.min_scope = "global";
        CHECK(merge(region, global, words).min_scope == "global");
        CHECK(merge(global, region, words).min_scope == "global");
    }
}
