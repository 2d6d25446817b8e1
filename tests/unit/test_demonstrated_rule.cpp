#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

namespace {

std::string item(const std::string& id, const std::string& demonstrates) {
    return "  - {id: " + id +
           ", type: design, title: A design, date: 2026-01-01, demonstrates: " + demonstrates +
           "}\n";
}

} // namespace

TEST_SUITE("rules/demonstrated_rule") {

    TEST_CASE("demonstrated: items naming the criterion count") {
        Outcome outcome = evaluate_rule(
            "demonstrated: {at_least: 2}",
            "evidence:\n" + item("d1", "[c1]") + item("d2", "[other, c1]"), "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason == "2 items demonstrating this criterion (2 needed): d1, d2");
        CHECK(outcome.missing == "");
    }

    TEST_CASE("demonstrated: items not naming the criterion do not count") {
        Outcome outcome =
            evaluate_rule("demonstrated: {at_least: 2}",
                          "evidence:\n" + item("d1", "[c1]") + item("d2", "[other]"), "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.reason == "1 item demonstrating this criterion (2 needed): d1");
        CHECK(outcome.missing == "1 more evidence item, naming c1 among what it demonstrates");
        REQUIRE(outcome.considered.size() == 2);
        CHECK(outcome.considered[1].why == "does not name c1 among what it demonstrates");
    }

    TEST_CASE("demonstrated: the filters apply as well") {
        Outcome outcome = evaluate_rule("demonstrated: {type: project}",
                                        "evidence:\n" + item("d1", "[c1]"), "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason == "0 items demonstrating this criterion (1 needed)");
        CHECK(outcome.missing == "1 more project, naming c1 among what it demonstrates");
        REQUIRE(outcome.considered.size() == 1);
        CHECK(outcome.considered[0].why == "type design, not project");
    }

} // TEST_SUITE
