#include "report/common/track_choice_words.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// ic: L1 < L2; management: M2, reached by the move L2 -> M2 only.
const std::string words_text = test::framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: []}
  - {id: L2, track: ic, title: Two, band: 2, summary: S, criteria: []}
  - {id: M2, track: management, title: Manager, band: 2, summary: S, criteria: []}
transitions:
  - {from: L2, to: M2, criteria: []}
)";

} // namespace

TEST_SUITE("report/common/track_choice_words") {

    TEST_CASE("the gap report's lines name the wrong track and the route to a wanted one") {
        Framework framework = test::load_valid_framework(words_text);
        Person person = test::load_valid_person(
            "person: {id: E1, name: P}\ntrack: ic\nlevel: L1\nin_level_since: 2025-01-15\n"
            "interests: [management]\n");
        CHECK(track_choice_lines(framework, person) ==
              std::vector<std::string>{
                  "On a track not among the declared interests (management)",
                  "Interest with no step yet: management: no step from L1 leads there yet; the "
                  "shortest route: L1 -> L2 -> M2 (2 steps)"});
    }

    TEST_CASE("no route at all is said as such") {
        InterestWithoutStep none;
        Track track;
        track.id = "management";
        none.track = &track;
        CHECK(interest_without_step_words(none, "L9") ==
              "management: no route from L9 leads there");
        CHECK(route_level_ids(none).empty());
    }
}
