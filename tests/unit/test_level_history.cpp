#include "model/level_history.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("model/level_history") {

    TEST_CASE("past levels each last until the next, the current one until the as-of date") {
        Person person =
            test::load_valid_person(test::person_head + "history:\n"
                                                        "  - {level: L0, since: 2023-03-01}\n"
                                                        "  - {level: T1, since: 2021-06-01}\n");
        auto stints = level_stints(person, test::date("2026-11-01"));
        REQUIRE(stints.size() == 3);
        CHECK(stints[0].level == "T1"); // sorted by date, whatever the file's order
        CHECK(stints[0].from == test::date("2021-06-01"));
        CHECK(stints[0].to == test::date("2023-03-01"));
        CHECK(stints[1].level == "L0");
        CHECK(stints[1].to == test::date("2025-01-15"));
        CHECK(stints[2].level == "L1");
        CHECK(stints[2].from == test::date("2025-01-15"));
        CHECK(stints[2].to == test::date("2026-11-01"));
    }

    TEST_CASE("without history, the current level is the only stint") {
        Person person = test::load_valid_person(test::person_head);
        auto stints = level_stints(person, test::date("2026-11-01"));
        REQUIRE(stints.size() == 1);
        CHECK(stints[0].level == "L1");
    }

} // TEST_SUITE
