#include "util/visible_text.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("util/visible_text") {

    TEST_CASE("visible_text: plain text and UTF-8 pass unchanged") {
        CHECK(visible_text("Staff Engineer") == "Staff Engineer");
        CHECK(visible_text("Renée Żółć 日本") == "Renée Żółć 日本");
        CHECK(visible_text("a\\tb") == "a\\tb");
    }

    TEST_CASE("visible_text: control characters are shown as escapes") {
        CHECK(visible_text("\x1b[2J\x1b]0;title\x07") == "\\x1b[2J\\x1b]0;title\\x07");
        CHECK(visible_text(std::string("a\0b", 3)) == "a\\x00b");
        CHECK(visible_text("line\roverwritten") == "line\\roverwritten");
        CHECK(visible_text("a\tb") == "a\\tb");
        CHECK(visible_text("\x7f") == "\\x7f");
        CHECK(visible_text("\xc2\x9b") == "\\u009b"); // C1 control sequence introducer
    }

    TEST_CASE("visible_text: line breaks are escaped or kept") {
        CHECK(visible_text("Alice\nREADY for IC2") == "Alice\\nREADY for IC2");
        CHECK(visible_text("first\nsecond", LineBreaks::keep) == "first\nsecond");
        CHECK(visible_text("first\r\nsecond", LineBreaks::keep) == "first\\r\nsecond");
    }

    TEST_CASE("visible_text: bidirectional overrides, isolates and marks are escaped") {
        CHECK(visible_text("a\u202Eb") == "a\\u202eb");
        CHECK(visible_text("\u202A\u202B\u202C\u202D") == "\\u202a\\u202b\\u202c\\u202d");
        CHECK(visible_text("\u2066\u2067\u2068\u2069") == "\\u2066\\u2067\\u2068\\u2069");
        CHECK(visible_text("\u200E\u200F\u061C") == "\\u200e\\u200f\\u061c");
    }

    TEST_CASE("visible_text: malformed UTF-8 bytes are shown as bytes") {
        CHECK(visible_text("Ren\xe9") == "Ren\\xe9");
        CHECK(visible_text("\xe2\x80") == "\\xe2\\x80");
    }

    TEST_CASE("first_control_character names the first one, line breaks included") {
        CHECK(first_control_character("Staff Engineer") == "");
        CHECK(first_control_character("Alice\nREADY") == "\\n");
        CHECK(first_control_character("x\u202Ey\x1b") == "\\u202e");
        CHECK(has_invisible_characters("a\x1b"));
        CHECK_FALSE(has_invisible_characters("Renée"));
    }
}
