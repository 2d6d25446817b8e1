#include "eval/opening_candidates.hpp"
#include "load/openings_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// L2 asks for Delivery and Technical depth at 3 or more.
const std::string l2_criteria = R"(      - id: c1
        title: Delivery
        description: Ships.
        guidance: Ship.
        rating: {competency: delivery, min: 3}
      - id: c2
        title: Depth
        description: Knows.
        guidance: Learn.
        rating: {competency: technical_depth, min: 3}
)";

OpeningsFile openings(const std::string& text) {
    Diagnostics diagnostics;
    auto file = load_openings({"openings.yaml", text}, InputLimits{}, diagnostics);
    REQUIRE(file.has_value());
    CHECK(test::lines(diagnostics) == std::vector<std::string>{});
    return *file;
}

PersonOpenings match(const std::string& person_tail, const std::string& openings_text,
                     int within = 1) {
    // Static: the matches point into the framework's levels.
    static const Framework framework =
        test::load_valid_framework(test::two_level_framework(l2_criteria));
    Person person = test::load_valid_person(test::person_head + person_tail);
    OpeningsFile file = openings(openings_text);
    return match_openings(framework, file, person, test::date("2026-11-01"), within);
}

const std::string one_l2 = "openings:\n  - {id: senior, level: L2}\n";

} // namespace

TEST_SUITE("eval/opening_candidates") {

    TEST_CASE("ready and interested, ready without interest, nearly ready") {
        auto ready = match("interests: [ic]\nratings: {delivery: 3, technical_depth: 3}\n", one_l2);
        REQUIRE(ready.matches.size() == 1);
        CHECK(ready.matches[0].group == CandidateGroup::ready);
        CHECK(ready.ready_no_role.empty());

        auto apart =
            match("interests: [management]\nratings: {delivery: 3, technical_depth: 3}\n", one_l2);
        REQUIRE(apart.matches.size() == 1);
        CHECK(apart.matches[0].group == CandidateGroup::not_interested);
        CHECK(apart.wrong_track);

        auto nearly =
            match("interests: [ic]\nratings: {delivery: 3, technical_depth: 2}\n", one_l2);
        REQUIRE(nearly.matches.size() == 1);
        CHECK(nearly.matches[0].group == CandidateGroup::nearly);
        CHECK(nearly.matches[0].required_missing == 1);
    }

    TEST_CASE("exactly --within required criteria missing is nearly ready, one more is not") {
        std::string both_missing = "interests: [ic]\nratings: {delivery: 1, technical_depth: 1}\n";
        CHECK(match(both_missing, one_l2, 1).matches.empty());
        auto within_two = match(both_missing, one_l2, 2);
        REQUIRE(within_two.matches.size() == 1);
        CHECK(within_two.matches[0].required_missing == 2);
    }

    TEST_CASE("labels that match none leave the opening without candidates") {
        std::string ready = "interests: [ic]\nlabels: {team: payments}\n"
                            "ratings: {delivery: 3, technical_depth: 3}\n";
        auto other_team = match(ready, "openings:\n  - {id: s, level: L2, labels: {team: web}}\n");
        CHECK(other_team.matches.empty());
        REQUIRE(other_team.ready_no_role.size() == 1);
        CHECK(other_team.ready_no_role[0]->id == "L2");
        auto same_team =
            match(ready, "openings:\n  - {id: s, level: L2, labels: {team: payments}}\n");
        CHECK(same_team.matches.size() == 1);
        CHECK(same_team.ready_no_role.empty());
    }

    TEST_CASE("a level the person holds is no next step") {
        CHECK(match("interests: [ic]\n", "openings:\n  - {id: e, level: L1}\n").matches.empty());
    }
}
