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

    TEST_CASE("an opening no single step reaches is out of reach, by its verdict, never matched") {
        // ic: L1 < L2; management: M1 (band 1, no move leads there) < M2; the only move is
        // L2 -> M2. From L1, M2 (the band above) is two steps away; M1 (the same band) has no
        // route. Both are next steps by band alone.
        static const Framework framework =
            test::load_valid_framework(test::framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: []}
  - {id: L2, track: ic, title: Two, band: 2, summary: S, criteria: []}
  - {id: M1, track: management, title: Lead, band: 1, summary: S, criteria: []}
  - {id: M2, track: management, title: Manager, band: 2, summary: S, criteria: []}
transitions:
  - from: L2
    to: M2
    criteria:
      - {id: to-m2, title: Move, description: D, guidance: G, interest: {track: management}}
)");
        Person person =
            test::load_valid_person(test::person_head + "interests: [ic, management]\n");
        OpeningsFile file = openings("openings:\n  - {id: lead, level: M1}\n  - {id: manager, "
                                     "level: M2}\n  - {id: senior, level: L2}\n");
        PersonOpenings found = match_openings(framework, file, person, test::date("2026-11-01"), 1);
        REQUIRE(found.matches.size() == 1);
        CHECK(found.matches[0].opening == 2); // L2: one step, ready
        CHECK(found.matches[0].group == CandidateGroup::ready);
        REQUIRE(found.out_of_reach.size() == 2);
        CHECK(found.out_of_reach[0].opening == 0);
        CHECK(found.out_of_reach[0].verdict == TargetVerdict::no_route);
        CHECK(found.out_of_reach[1].opening == 1);
        CHECK(found.out_of_reach[1].verdict == TargetVerdict::steps_away);
    }
}
