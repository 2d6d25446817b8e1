#include "util/cell_width.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("util/cell_width") {

    TEST_CASE("East Asian wide characters take two cells, combining marks none") {
        CHECK(cell_width(U'a') == 1);
        CHECK(cell_width(U'\u00e9') == 1);
        CHECK(cell_width(U'\u4e2d') == 2);     // CJK ideograph
        CHECK(cell_width(U'\u3042') == 2);     // hiragana
        CHECK(cell_width(U'\uac00') == 2);     // hangul
        CHECK(cell_width(U'\uff21') == 2);     // fullwidth A
        CHECK(cell_width(U'\U0001F600') == 2); // emoji drawn wide
        CHECK(cell_width(U'\u0301') == 0);     // combining acute
        CHECK(cell_width(U'\u200b') == 0);     // zero-width space
        CHECK(cell_width(U'\u2713') == 1);     // the check mark of combinations
    }

    TEST_CASE("display width counts cells, not bytes, and skips colours") {
        CHECK(display_width("Tanaka") == 6);
        CHECK(display_width("\u7530\u4e2d") == 4);
        CHECK(display_width("e\u0301") == 1);
        CHECK(display_width("\x1b[1m\u7530\x1b[0m") == 2);
        CHECK(display_width("\xff") == 1); // not UTF-8: one cell, as shown escaped
        CHECK(pad_right("\u7530\u4e2d", 6) == "\u7530\u4e2d  ");
    }
}
