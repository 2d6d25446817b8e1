#include "eval/placement.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// L1 < L2 < L3 on ic, each asking a higher rating in delivery; M3 on management.
const std::string ladder_text = test::framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: [{id: l1, title: T, description: D, guidance: G, rating: {competency: delivery, min: 1}}]}
  - {id: L2, track: ic, title: Two, band: 2, summary: S, criteria: [{id: l2, title: T, description: D, guidance: G, rating: {competency: delivery, min: 3}}]}
  - {id: L3, track: ic, title: Three, band: 3, summary: S, criteria: [{id: l3, title: T, description: D, guidance: G, rating: {competency: delivery, min: 2}}]}
  - {id: M3, track: management, title: Manager, band: 3, summary: S, criteria: [{id: m3, title: T, description: D, guidance: G, interest: {track: management}}]}
transitions:
  - {from: L2, to: M3, criteria: [{id: to-m3, title: T, description: D, guidance: G, interest: {track: management}}]}
)";

Placement place(const Framework& framework, const std::string& evidence_tail) {
    Person person = test::load_valid_person(test::person_head + evidence_tail);
    return place_person(framework, person, test::date("2026-01-01"));
}

} // namespace

TEST_SUITE("eval/placement") {

    TEST_CASE("the climb stops at the first level not met, even if a higher one is") {
        Framework framework = test::load_valid_framework(ladder_text);
        Placement placement = place(framework, "ratings: {delivery: 2}\n");
        const TrackPlacement* ic = placement_on(placement, "ic");
        REQUIRE(ic != nullptr);
        REQUIRE(ic->reached != nullptr);
        CHECK(ic->reached->id == "L1");
        REQUIRE(ic->next.has_value());
        CHECK(ic->next->level->id == "L2");
        CHECK_FALSE(ic->next->ready);
    }

    TEST_CASE("the top of a track has no next level") {
        Framework framework = test::load_valid_framework(ladder_text);
        Placement placement = place(framework, "ratings: {delivery: 5}\n");
        const TrackPlacement* ic = placement_on(placement, "ic");
        REQUIRE(ic != nullptr);
        CHECK(ic->reached->id == "L3");
        CHECK_FALSE(ic->next.has_value());
    }

    TEST_CASE("a level is judged on its own criteria, not on the move that leads there") {
        Framework framework = test::load_valid_framework(ladder_text);
        Placement placement = place(framework, "interests: [management]\n");
        const TrackPlacement* management = placement_on(placement, "management");
        REQUIRE(management != nullptr);
        REQUIRE(management->reached != nullptr);
        CHECK(management->reached->id == "M3");
        CHECK(placement_on(placement, "nowhere") == nullptr);
    }

    TEST_CASE("no level reached when the first one is not met") {
        Framework framework = test::load_valid_framework(ladder_text);
        Placement placement = place(framework, "");
        const TrackPlacement* ic = placement_on(placement, "ic");
        CHECK(ic->reached == nullptr);
        CHECK(ic->next->level->id == "L1");
    }

    TEST_CASE("reached_on_own_track climbs the person's track only, as place_person does") {
        Framework framework = test::load_valid_framework(ladder_text);
        Date as_of = test::date("2026-01-01");
        Person climber = test::load_valid_person(test::person_head + "ratings: {delivery: 2}\n");
        const Level* reached = reached_on_own_track(framework, climber, as_of);
        REQUIRE(reached != nullptr);
        CHECK(reached->id ==
              placement_on(place_person(framework, climber, as_of), "ic")->reached->id);
        CHECK(reached->id == "L1");
        // Interested in management, where M3 is met: the column still answers for ic.
        Person nobody = test::load_valid_person(test::person_head + "interests: [management]\n");
        CHECK(reached_on_own_track(framework, nobody, as_of) == nullptr);
    }

} // TEST_SUITE
