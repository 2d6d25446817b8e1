#include "eval/track_choice.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// ic: L1 < L2 < L3; management: M2 < M3. The only move is L2 -> M2.
const std::string choice_text = test::framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: []}
  - {id: L2, track: ic, title: Two, band: 2, summary: S, criteria: []}
  - {id: L3, track: ic, title: Three, band: 3, summary: S, criteria: []}
  - {id: M2, track: management, title: Manager, band: 2, summary: S, criteria: []}
  - {id: M3, track: management, title: Director, band: 3, summary: S, criteria: []}
transitions:
  - {from: L2, to: M2, criteria: []}
)";

Person person(const std::string& track, const std::string& level, const std::string& interests) {
    return test::load_valid_person(
        "person: {id: E1, name: P}\ntrack: " + track + "\nlevel: " + level +
        "\nin_level_since: 2025-01-15\ninterests: [" + interests + "]\n");
}

std::vector<std::string> tracks(const std::vector<InterestWithoutStep>& found) {
    std::vector<std::string> ids;
    for (const auto& interest : found) {
        ids.push_back(interest.track->id + ":" + std::to_string(interest.route.size()));
    }
    return ids;
}

} // namespace

TEST_SUITE("eval/track_choice") {

    TEST_CASE("on a track not chosen: the current track is missing from the declared interests") {
        CHECK(on_track_not_chosen(person("management", "M2", "ic")));
        CHECK_FALSE(on_track_not_chosen(person("management", "M2", "ic, management")));
        CHECK_FALSE(on_track_not_chosen(person("management", "M2", ""))); // none declared
    }

    TEST_CASE("an interest no single step reaches is listed with its shortest route") {
        Framework framework = test::load_valid_framework(choice_text);
        // From L1 the way to management is L1 -> L2 -> M2: two steps, none yet.
        CHECK(tracks(interests_without_step(framework, person("ic", "L1", "ic, management"))) ==
              std::vector<std::string>{"management:2"});
        // From L2 the move is one step: nothing to flag.
        CHECK(interests_without_step(framework, person("ic", "L2", "ic, management")).empty());
        // From L3 no route leads to management at all.
        CHECK(tracks(interests_without_step(framework, person("ic", "L3", "management"))) ==
              std::vector<std::string>{"management:0"});
        // Their own track is never flagged.
        CHECK(interests_without_step(framework, person("ic", "L1", "ic")).empty());
    }
}
