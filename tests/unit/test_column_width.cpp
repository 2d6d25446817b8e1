#include "util/column_width.hpp"

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
}
