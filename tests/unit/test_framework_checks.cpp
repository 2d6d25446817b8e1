#include "check/framework_checks.hpp"
#include "load/source_text.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

Lines check(const std::string& text) {
    Diagnostics diagnostics;
    Framework framework = load_framework({{"criteria.yaml", text}}, InputLimits{}, diagnostics);
    check_framework(framework, diagnostics);
    return lines(diagnostics);
}

std::string level(const std::string& id, const std::string& track, int band,
                  const std::string& rule, const std::string& extra = "") {
    return "  - id: " + id + "\n    track: " + track +
           "\n    title: T\n    band: " + std::to_string(band) + "\n    summary: S\n" + extra +
           "    criteria:\n      - id: " + id +
           "-c\n        title: T\n        description: D\n        guidance: G\n        " + rule +
           "\n";
}

} // namespace

TEST_SUITE("check/framework_checks") {

    TEST_CASE("the shipped framework has no problem") {
        Diagnostics diagnostics;
        Framework framework = load_framework(embedded_sources(), InputLimits{}, diagnostics);
        check_framework(framework, diagnostics);
        CHECK(lines(diagnostics) == Lines{});
    }

    TEST_CASE("a transition makes a track that starts higher up reachable") {
        std::string levels = "levels:\n" + level("L1", "ic", 1, "interest: {track: ic}") +
                             level("L2", "ic", 2, "interest: {track: ic}") +
                             level("M2", "management", 2, "interest: {track: management}");
        CHECK(check(test::framework_head + levels) ==
              Lines{"criteria.yaml:35:9: error: no one can reach level 'M2': its track does not "
                    "start at band 1 and no transition leads to it or to a level below it "
                    "[unreachable-level]"});
        CHECK(check(test::framework_head + levels +
                    "transitions:\n  - {from: L2, to: M2, includes: target}\n") == Lines{});
        SUBCASE("a move to an unknown level is that one mistake, not also an unreachable M2") {
            Lines found = check(test::framework_head + levels +
                                "transitions:\n  - {from: L2, to: M9, includes: target}\n");
            REQUIRE(found.size() == 1);
            CHECK(found.front().find("unknown level 'M9'") != std::string::npos);
        }
    }

    TEST_CASE("a transition is defined once") {
        std::string text = test::framework_head + "levels:\n" +
                           level("L1", "ic", 1, "interest: {track: ic}") +
                           level("M1", "management", 1, "interest: {track: management}") +
                           "transitions:\n  - {from: L1, to: M1, includes: target}\n"
                           "  - {from: L1, to: M1, includes: target}\n";
        CHECK(check(text) ==
              Lines{"criteria.yaml:37:5: error: transition L1 -> M1 is defined twice "
                    "[duplicate-transition]"});
    }

    TEST_CASE("two levels of one band on a track: one error, the other level still reachable") {
        std::string text = test::framework_head + "levels:\n" +
                           level("L1", "ic", 1, "interest: {track: ic}") +
                           level("L1b", "ic", 1, "interest: {track: ic}");
        CHECK(check(text) ==
              Lines{"criteria.yaml:27:11: error: level 'L1b' has band 1, but 'L1' "
                    "before it on track 'ic' has band 1; expected bands to rise along "
                    "a track [band-not-rising]"});
    }

    TEST_CASE("expectations rise: an included level's rating counts for the higher level") {
        std::string lower = level("L1", "ic", 1, "rating: {competency: delivery, min: 3}");
        SUBCASE("with the include, the higher level asks for 3 as well") {
            CHECK(check(test::framework_head + "levels:\n" + lower +
                        level("L2", "ic", 2, "rating: {competency: delivery, min: 2}",
                              "    includes: L1\n")) == Lines{});
        }
        SUBCASE("without it, 2 is less than 3") {
            CHECK(check(test::framework_head + "levels:\n" + lower +
                        level("L2", "ic", 2, "rating: {competency: delivery, min: 2}")) ==
                  Lines{"criteria.yaml:24:9: error: level 'L2' asks for a rating of at least 2 in "
                        "delivery, less than the 3 that 'L1' below it asks for; expected "
                        "expectations to rise [expectation-drops]"});
        }
        SUBCASE("an optional criterion does not count") {
            CHECK(check(test::framework_head + "levels:\n" +
                        level("L1", "ic", 1,
                              "rating: {competency: delivery, min: 3}\n        required: false") +
                        level("L2", "ic", 2, "rating: {competency: delivery, min: 2}")) == Lines{});
        }
    }

    TEST_CASE("what a competency says about each rating must be on the scale") {
        std::string text =
            test::framework_head + "levels:\n" + level("L1", "ic", 1, "interest: {track: ic}");
        std::string with_meanings = text;
        with_meanings.replace(
            with_meanings.find("  delivery: {name: Delivery, description: Ships.}"),
            std::string("  delivery: {name: Delivery, description: Ships.}").size(),
            "  delivery: {name: Delivery, description: Ships., ratings: {1: a, "
            "6: f}}");
        CHECK(check(with_meanings) ==
              Lines{"criteria.yaml:5:3: error: competency 'delivery' describes rating 6, which is "
                    "not on the scale 1..5 [rating-off-scale]"});
    }

    TEST_CASE("a track forks from a known level of another track, below its own levels") {
        std::string tracks = R"(framework: {id: test, name: Test framework, version: "1"}
scale: {1: Learning, 2: Developing}
competencies:
  delivery: {name: Delivery, description: Ships.}
tracks:
  ic: {name: Individual contributor}
  management: {name: People management, forks_from: L2}
)";
        std::string levels = "levels:\n" + level("L1", "ic", 1, "interest: {track: ic}") +
                             level("L2", "ic", 2, "interest: {track: ic}") +
                             level("M2", "management", 2, "interest: {track: management}") +
                             level("M3", "management", 3, "interest: {track: management}");
        // M2 shares the fork's band, so it is both below the fork and out of everyone's reach.
        CHECK(check(tracks + levels) ==
              Lines{"criteria.yaml:31:9: error: no one can reach level 'M2': its track does not "
                    "start at band 1 and no transition leads to it or to a level below it "
                    "[unreachable-level]",
                    "criteria.yaml:34:11: error: level 'M2' has band 2, but track 'management' "
                    "forks from 'L2' (band 2); expected the track's own levels above the fork "
                    "[band-not-rising]"});
        std::string unknown = tracks;
        unknown.replace(unknown.find("forks_from: L2"), 14, "forks_from: L7");
        CHECK(check(unknown + levels).front() ==
              "criteria.yaml:7:53: error: track 'management' forks from unknown level 'L7' (the "
              "highest is 'L2') [unknown-level]");
    }

    TEST_CASE("a level or a move that asks nothing is a warning, so is a move changing band") {
        std::string text =
            test::framework_head + "levels:\n" + level("L1", "ic", 1, "interest: {track: ic}") +
            "  - {id: L2, track: ic, title: T, band: 2, summary: S, criteria: []}\n" +
            level("M2", "management", 2, "interest: {track: management}") +
            "transitions:\n  - {from: L1, to: M2}\n";
        CHECK(check(text) ==
              Lines{"criteria.yaml:24:10: warning: level 'L2' has no criteria and includes no "
                    "other level; everyone below it is ready for it. Expected criteria or "
                    "'includes' [empty-level]",
                    "criteria.yaml:37:5: warning: transition L1 -> M2 has no criteria and "
                    "includes no level; everyone at L1 is ready for it. Expected criteria or "
                    "'includes: target' [empty-move]",
                    "criteria.yaml:37:5: warning: transition L1 -> M2 changes band (1 to 2), so "
                    "it is a promotion or a step down as well as a move; make sure its summary "
                    "says so [move-changes-band]"});
    }

} // TEST_SUITE
