#include "report/common/markup.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;

TEST_SUITE("report/markup") {

    TEST_CASE("escape_markup keeps XML well-formed whatever the bytes") {
        SUBCASE("the noncharacters U+FFFE and U+FFFF become U+FFFD") {
            CHECK(escape_markup("a\uFFFEb\uFFFFc") == "a\uFFFDb\uFFFDc");
        }
        SUBCASE("bytes that are not UTF-8 become U+FFFD") {
            CHECK(escape_markup("bad\xff.yaml") == "bad\uFFFD.yaml");
            CHECK(escape_markup("\xe2\x86<") == "\uFFFD\uFFFD&lt;");
        }
        SUBCASE("forbidden control characters are dropped, tab and newline kept") {
            CHECK(escape_markup(std::string("a\x1b[0m\x00z\t\n", 9)) == "a[0mz\t\n");
        }
        SUBCASE("other characters, beyond the BMP too, are unchanged") {
            CHECK(escape_markup("\u2192 \U0001F600 \uFFFD") == "\u2192 \U0001F600 \uFFFD");
        }
    }
}
