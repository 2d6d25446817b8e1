#include "report/common/markup.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;

TEST_SUITE("report/markup") {

    TEST_CASE("escape_markup keeps XML well-formed whatever the bytes") {
        SUBCASE("the noncharacters U+FFFE and U+FFFF become U+FFFD") {
            CHECK(escape_markup("a\uFFFEb\uFFFFc") == "a\uFFFDb\uFFFDc");
        }
        SUBCASE("bytes that are not UTF-8 are shown as \\xNN, so a reader can find the file") {
            CHECK(escape_markup("bad\xff.yaml") == "bad\\xff.yaml");
            CHECK(escape_markup("\xe2\x86<") == "\\xe2\\x86&lt;");
        }
        SUBCASE("control characters are shown as visible escapes, newlines kept") {
            CHECK(escape_markup(std::string("a\x1b[0m\x00z\t\n", 9)) == "a\\x1b[0m\\x00z\\t\n");
        }
        SUBCASE("other characters, beyond the BMP too, are unchanged") {
            CHECK(escape_markup("\u2192 \U0001F600 \uFFFD") == "\u2192 \U0001F600 \uFFFD");
        }
    }
}
