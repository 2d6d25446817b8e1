#include "util/column_width.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;

TEST_SUITE("util/column_width") {

    TEST_CASE("text_columns counts wide characters twice, combining marks and colour not at all") {
        CHECK(text_columns("") == 0);
        CHECK(text_columns("Alice") == 5);
        CHECK(text_columns("Novák") == 5);
        CHECK(text_columns("Nova\xCC\x81k") == 5); // a + combining acute
        CHECK(text_columns("山田太郎") == 8);
        CHECK(text_columns("\x1b[32mready\x1b[0m") == 5);
        CHECK(text_columns("a\xFF") == 2); // a byte that is not UTF-8 takes one column
    }

    TEST_CASE("fit_to_columns keeps what fits and cuts the rest with an ellipsis") {
        CHECK(fit_to_columns("Alice", 5) == "Alice");
        CHECK(fit_to_columns("Alice Example", 6) == "Alice…");
        CHECK(text_columns(fit_to_columns("Alice Example", 6)) == 6);
        CHECK(fit_to_columns("Alice", 0).empty());
        CHECK(fit_to_columns("Alice", 1) == "…");
    }

    TEST_CASE("fit_to_columns never cuts a character in two or overfills with a wide one") {
        CHECK(fit_to_columns("山田太郎", 7) == "山田太…");
        CHECK(fit_to_columns("山田太郎", 6) == "山田…");
        CHECK(text_columns(fit_to_columns("山田太郎", 6)) == 5);
        CHECK(fit_to_columns("Novák Eli", 5) == "Nová…");
    }

    TEST_CASE("East Asian wide characters take two cells, combining marks none") {
        CHECK(code_point_columns(U'a') == 1);
        CHECK(code_point_columns(U'\u00e9') == 1);
        CHECK(code_point_columns(U'\u4e2d') == 2);     // CJK ideograph
        CHECK(code_point_columns(U'\u3042') == 2);     // hiragana
        CHECK(code_point_columns(U'\uac00') == 2);     // hangul
        CHECK(code_point_columns(U'\uff21') == 2);     // fullwidth A
        CHECK(code_point_columns(U'\U0001F600') == 2); // emoji drawn wide
        CHECK(code_point_columns(U'\u0301') == 0);     // combining acute
        CHECK(code_point_columns(U'\u200b') == 0);     // zero-width space
        CHECK(code_point_columns(U'\u2713') == 1);     // the check mark of combinations
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
