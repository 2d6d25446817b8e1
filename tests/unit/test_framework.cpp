#include "model/framework.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace ladder;

namespace {

// IC1 < IC2 < IC3 on track ic (IC3 includes IC2, which includes IC1), M2 on management, written
// out of band order.
Framework ladder_framework() {
    auto level = [](const std::string& id, const std::string& track, int band,
                    const std::string& includes) {
        return "  - {id: " + id + ", track: " + track +
               ", title: T, band: " + std::to_string(band) + ", summary: S" +
               (includes.empty() ? "" : ", includes: " + includes) + ", criteria: [{id: " + id +
               "-c, title: T, description: D, guidance: G, "
               "interest: {track: " +
               track + "}}]}\n";
    };
    return test::load_valid_framework(test::framework_head + "levels:\n" +
                                      level("IC3", "ic", 3, "IC2") +
                                      level("M2", "management", 2, "") + level("IC1", "ic", 1, "") +
                                      level("IC2", "ic", 2, "IC1"));
}

std::vector<std::string> ids(const std::vector<const Level*>& levels) {
    std::vector<std::string> result;
    for (const Level* level : levels) {
        result.push_back(level->id);
    }
    return result;
}

} // namespace

TEST_SUITE("model/framework") {

    TEST_CASE("levels_on_track orders a track's levels by band") {
        Framework framework = ladder_framework();
        CHECK(ids(framework.levels_on_track("ic")) ==
              std::vector<std::string>{"IC1", "IC2", "IC3"});
        CHECK(ids(framework.levels_on_track("management")) == std::vector<std::string>{"M2"});
        CHECK(framework.levels_on_track("nowhere").empty());
    }

    TEST_CASE("next_level is the next band up on the same track") {
        Framework framework = ladder_framework();
        CHECK(framework.next_level(*framework.find_level("IC1"))->id == "IC2");
        CHECK(framework.next_level(*framework.find_level("IC2"))->id == "IC3");
        CHECK(framework.next_level(*framework.find_level("IC3")) == nullptr);
        CHECK(framework.next_level(*framework.find_level("M2")) == nullptr);
    }

    TEST_CASE("levels_in_band lists the levels of a band on every track, in track order") {
        Framework framework = ladder_framework();
        CHECK(ids(framework.levels_in_band(2)) == std::vector<std::string>{"IC2", "M2"});
        CHECK(ids(framework.levels_in_band(1)) == std::vector<std::string>{"IC1"});
        CHECK(framework.levels_in_band(9).empty());
    }

    TEST_CASE("resolve_criteria: a level's own criteria first, then the included ones, each once") {
        Framework framework = ladder_framework();
        auto resolved = resolve_criteria(framework, *framework.find_level("IC3"));
        std::vector<std::string> seen;
        for (const auto& item : resolved) {
            seen.push_back(item.criterion->id + " from " + item.from_level +
                           (item.inherited ? " (inherited)" : ""));
        }
        CHECK(seen == std::vector<std::string>{"IC3-c from IC3", "IC2-c from IC2 (inherited)",
                                               "IC1-c from IC1 (inherited)"});
    }

    TEST_CASE("find_criterion looks in levels and transitions") {
        Framework framework = ladder_framework();
        CHECK(framework.find_criterion("IC2-c") != nullptr);
        CHECK(framework.find_criterion("nothing") == nullptr);
        CHECK(framework.criterion_ids() ==
              std::vector<std::string>{"IC3-c", "M2-c", "IC1-c", "IC2-c"});
    }

} // TEST_SUITE

namespace {

// T1 < T2 on track a (the trunk), A3 on a; track b forks from T2 and continues with B3, B4.
// M3 -> B3 is a move that includes its target and T1.
const std::string forked_text = R"(framework: {id: test, name: Test framework, version: "1"}
scale: {1: Learning, 2: Developing}
competencies:
  delivery: {name: Delivery, description: Ships.}
tracks:
  a: {name: Track A}
  b: {name: Track B, forks_from: T2}
levels:
  - {id: T1, track: a, title: T, band: 1, summary: S, criteria: [{id: t1-c, title: T, description: D, guidance: G, interest: {track: a}}]}
  - {id: T2, track: a, title: T, band: 2, summary: S, includes: T1, criteria: [{id: t2-c, title: T, description: D, guidance: G, interest: {track: a}}]}
  - {id: A3, track: a, title: T, band: 3, summary: S, includes: T2, criteria: [{id: a3-c, title: T, description: D, guidance: G, interest: {track: a}}]}
  - {id: B3, track: b, title: T, band: 3, summary: S, includes: T2, criteria: [{id: b3-c, title: T, description: D, guidance: G, interest: {track: b}}]}
  - {id: B4, track: b, title: T, band: 4, summary: S, includes: B3, criteria: [{id: b4-c, title: T, description: D, guidance: G, interest: {track: b}}]}
transitions:
  - {from: A3, to: B3, includes: [target, T1], criteria: [{id: to-b3, title: T, description: D, guidance: G, interest: {track: b}}]}
)";

} // namespace

TEST_SUITE("model/framework") {

    TEST_CASE("a track that forks shares the trunk up to the fork, then has its own levels") {
        Framework framework = test::load_valid_framework(forked_text);
        CHECK(ids(framework.levels_on_track("a")) == std::vector<std::string>{"T1", "T2", "A3"});
        CHECK(ids(framework.levels_on_track("b")) ==
              std::vector<std::string>{"T1", "T2", "B3", "B4"});
        const Level& t2 = *framework.find_level("T2");
        CHECK(framework.on_track(t2, "b"));
        CHECK_FALSE(framework.on_track(*framework.find_level("A3"), "b"));
        CHECK(framework.tracks_of(t2).size() == 2);
        CHECK(framework.next_level_on(t2, "a")->id == "A3");
        CHECK(framework.next_level_on(t2, "b")->id == "B3");
        CHECK(framework.next_level(t2)->id == "A3");
    }

    TEST_CASE("levels_in_band lists a shared level once") {
        Framework framework = test::load_valid_framework(forked_text);
        CHECK(ids(framework.levels_in_band(2)) == std::vector<std::string>{"T2"});
        CHECK(ids(framework.levels_in_band(3)) == std::vector<std::string>{"A3", "B3"});
    }

    TEST_CASE("resolve_move_criteria: the move's own, then the target's and named levels'") {
        Framework framework = test::load_valid_framework(forked_text);
        auto resolved = resolve_move_criteria(framework, framework.transitions.front());
        std::vector<std::string> seen;
        for (const auto& item : resolved) {
            seen.push_back(item.criterion->id + " from " + item.from_level +
                           (item.inherited ? " (inherited)" : ""));
        }
        CHECK(seen == std::vector<std::string>{"to-b3 from A3 -> B3", "b3-c from B3 (inherited)",
                                               "t2-c from T2 (inherited)",
                                               "t1-c from T1 (inherited)"});
    }

    TEST_CASE("index_criteria holds what resolving gives, for levels and moves, and a copy "
              "resolves per call") {
        Framework framework = test::load_valid_framework(forked_text);
        CHECK(indexed_criteria(framework, framework.levels.front()) == nullptr); // not indexed yet
        index_criteria(framework);
        auto same = [](const std::vector<ResolvedCriterion>& a,
                       const std::vector<ResolvedCriterion>& b) {
            return a.size() == b.size() &&
                   std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
                       return x.criterion == y.criterion && x.from_level == y.from_level &&
                              x.inherited == y.inherited;
                   });
        };
        for (const auto& level : framework.levels) {
            const auto* indexed = indexed_criteria(framework, level);
            REQUIRE(indexed != nullptr);
            CHECK(same(*indexed, resolve_criteria(framework, level)));
        }
        const auto* move = indexed_criteria(framework, framework.transitions.front());
        REQUIRE(move != nullptr);
        CHECK(same(*move, resolve_move_criteria(framework, framework.transitions.front())));
        Framework copy = framework; // its levels live elsewhere: the index is not theirs
        CHECK(indexed_criteria(copy, copy.levels.front()) == nullptr);
        CHECK(indexed_criteria(framework, copy.levels.front()) == nullptr);
    }
} // TEST_SUITE
