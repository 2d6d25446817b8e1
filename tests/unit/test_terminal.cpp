#include "util/terminal.hpp"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace ladder;

namespace {

using Variables = std::initializer_list<std::pair<const char*, const char*>>;

void clear_colour_variables() {
    for (const char* name : {"NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "FORCE_COLOR"}) {
        ::unsetenv(name);
    }
}

// Whether `mode` colours standard output (a pipe under CTest) with only these variables set.
bool colour_with(Variables variables, ColorMode mode = ColorMode::automatic) {
    clear_colour_variables();
    for (const auto& [name, value] : variables) {
        ::setenv(name, value, 1);
    }
    bool result = should_use_color(mode, stdout);
    clear_colour_variables();
    return result;
}

} // namespace

TEST_SUITE("util/terminal") {
    TEST_CASE("colour conventions: forced on by 1, never by 0; NO_COLOR wins") {
        if (is_terminal(stdout)) {
            return; // run by hand on a terminal: the defaults differ
        }
        CHECK_FALSE(colour_with({}));
        CHECK(colour_with({{"CLICOLOR_FORCE", "1"}}));
        CHECK(colour_with({{"FORCE_COLOR", "true"}}));
        CHECK_FALSE(colour_with({{"CLICOLOR_FORCE", "0"}}));
        CHECK_FALSE(colour_with({{"FORCE_COLOR", "0"}}));
        CHECK_FALSE(colour_with({{"FORCE_COLOR", "false"}}));
        CHECK_FALSE(colour_with({{"FORCE_COLOR", "0"}, {"CLICOLOR_FORCE", "0"}}));
        CHECK_FALSE(colour_with({{"NO_COLOR", "1"}, {"CLICOLOR_FORCE", "1"}}));
        CHECK(colour_with({}, ColorMode::always));
        CHECK_FALSE(colour_with({{"CLICOLOR_FORCE", "1"}}, ColorMode::never));
    }
}
