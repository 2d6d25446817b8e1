#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

TEST_SUITE("rules/interest_rule") {

    TEST_CASE("interest: a declared interest in the track is met") {
        Outcome outcome = evaluate_rule("interest: {track: management}",
                                        "interests: [ic, management]\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "declared interest in the People management track");
        CHECK(outcome.missing == "");
    }

    TEST_CASE("interest: no interest in the track is not met, and says how to declare it") {
        SUBCASE("another track") {
            Outcome outcome =
                evaluate_rule("interest: {track: management}", "interests: [ic]\n", "2026-11-01");
            CHECK(outcome.status == Status::not_met);
            CHECK(outcome.reason == "no declared interest in the People management track");
            CHECK(outcome.missing == "a declared interest in the People management track (add "
                                     "management to 'interests' if you want it)");
        }
        SUBCASE("no interests at all") {
            Outcome outcome = evaluate_rule("interest: {track: management}", "", "2026-11-01");
            CHECK(outcome.status == Status::not_met);
        }
    }

} // TEST_SUITE

TEST_SUITE("rules/interest_rule") {

    TEST_CASE("interest in a level (a role): met only when that level is declared") {
        Outcome met = evaluate_rule("interest: {level: L1}", "interests: [L1]\n", "2026-11-01");
        CHECK(met.status == Status::met);
        CHECK(met.reason == "declared interest in the Engineer (L1) level");
        Outcome track_only =
            evaluate_rule("interest: {level: L1}", "interests: [ic]\n", "2026-11-01");
        CHECK(track_only.status == Status::not_met);
        CHECK(track_only.missing == "a declared interest in the Engineer (L1) level (add L1 to "
                                    "'interests' if you want it)");
        REQUIRE(track_only.needs.size() == 1);
        CHECK(track_only.needs.front().kind == Need::Kind::interest);
        CHECK(track_only.needs.front().id == "L1");
        CHECK(track_only.needs.front().level);
    }

    TEST_CASE("interest names a track or a level, not both and not neither") {
        auto errors = [](const std::string& rule) {
            Diagnostics diagnostics;
            load_framework({{"criteria.yaml", test::framework_with_rule(rule)}}, InputLimits{},
                           diagnostics);
            return test::lines(diagnostics);
        };
        CHECK(errors("interest: {track: ic, level: L1}") ==
              std::vector<std::string>{"criteria.yaml:23:19: error: rule 'interest': expected "
                                       "exactly one of track or level, found both "
                                       "[several-keys]"});
        CHECK(errors("interest: {}") ==
              std::vector<std::string>{"criteria.yaml:23:19: error: rule 'interest': expected "
                                       "exactly one of track or level, found neither "
                                       "[missing-key]"});
    }

} // TEST_SUITE
