#include "util/invisible_characters.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("util/invisible_characters") {

    TEST_CASE("invisible_character_name names spaces, zero-width characters and controls") {
        CHECK(invisible_character_name(0x00A0) == "U+00A0 NO-BREAK SPACE");
        CHECK(invisible_character_name(0x200B) == "U+200B ZERO WIDTH SPACE");
        CHECK(invisible_character_name('\t') == "U+0009 CHARACTER TABULATION");
        CHECK(invisible_character_name(0x01) == "U+0001 (a control character)");
        CHECK(invisible_character_name('a').empty());
        CHECK(invisible_character_name(' ').empty());
        CHECK(invisible_character_name(0x00E9).empty()); // é
    }

    TEST_CASE("invisible_character_names lists each character once, in order") {
        CHECK(invisible_character_names("a\u00a0b\u200bc\u00a0") ==
              "U+00A0 NO-BREAK SPACE, U+200B ZERO WIDTH SPACE");
        CHECK(invisible_character_names("plain text, café").empty());
    }

    TEST_CASE("escaping and removing invisible characters") {
        CHECK(with_invisible_characters_escaped("tr\u200back") == "tr\\u200back");
        CHECK(with_invisible_characters_escaped("ic\u00a0") == "ic\\u00a0");
        CHECK(with_invisible_characters_escaped("a\tb") == "a\\tb");
        CHECK(with_invisible_characters_escaped("caf\xe9") == "caf\\xe9");
        CHECK(with_invisible_characters_escaped("café") == "café");
        CHECK(without_invisible_characters("tr\u200back\u00a0") == "track");
        CHECK(invisible_characters_note("ic\u00a0") == " (it holds U+00A0 NO-BREAK SPACE)");
        CHECK(invisible_characters_note("ic").empty());
    }
}
