#include "check/openings_checks.hpp"
#include "load/openings_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

Lines check_lines(const std::string& framework_text, const std::string& openings_text) {
    Framework framework = test::load_valid_framework(framework_text);
    Diagnostics diagnostics;
    auto openings = load_openings({"openings.yaml", openings_text}, InputLimits{}, diagnostics);
    REQUIRE(openings.has_value());
    check_openings(framework, *openings, diagnostics);
    return lines(diagnostics);
}

} // namespace

TEST_SUITE("check/openings_checks") {

    TEST_CASE("an unknown level is reported with did-you-mean") {
        CHECK(check_lines(test::two_level_framework("      []\n"),
                          "openings:\n  - {id: a, level: L3}\n  - {id: b, level: L2}\n") ==
              Lines{"openings.yaml:2:20: error: opening 'a': unknown level 'L3' (the highest "
                    "is 'L2'); expected a level of the framework [unknown-level]"});
    }

    TEST_CASE("a label the framework does not list is reported, any label when it lists none") {
        std::string openings = "openings:\n  - {id: a, level: L2, labels: {taem: x}}\n";
        CHECK(check_lines(test::two_level_framework("      []\n"), openings) == Lines{});
        std::string head = test::framework_head + "people: {labels: [team]}\n";
        CHECK(check_lines(test::two_level_framework("      []\n", head), openings) ==
              Lines{"openings.yaml:2:33: error: opening 'a': unknown label 'taem' (did you mean "
                    "'team'?); expected one of the framework's labels: team [unknown-label]"});
    }
}
