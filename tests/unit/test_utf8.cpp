#include "util/json_text.hpp"
#include "util/utf8.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>

using namespace ladder;

TEST_SUITE("util/utf8") {

    TEST_CASE("utf8_sequence_length accepts well-formed sequences and refuses the rest") {
        CHECK(utf8_sequence_length("a", 0) == 1);
        CHECK(utf8_sequence_length("\u00e9", 0) == 2);
        CHECK(utf8_sequence_length("\u2192", 0) == 3);
        CHECK(utf8_sequence_length("\U0001F600", 0) == 4);
        CHECK(utf8_sequence_length("\xe9", 0) == 0);         // Latin-1 e acute
        CHECK(utf8_sequence_length("\xc0\xaf", 0) == 0);     // overlong '/'
        CHECK(utf8_sequence_length("\xed\xa0\x80", 0) == 0); // a surrogate
        CHECK(utf8_sequence_length("\xe2\x86", 0) == 0);     // cut off
        CHECK(utf8_sequence_length("\x80", 0) == 0);         // a stray continuation byte
    }

    TEST_CASE("replace_invalid_utf8 puts U+FFFD for each bad byte and keeps the rest") {
        CHECK(replace_invalid_utf8("caf\xe9.yaml") == "caf\uFFFD.yaml");
        CHECK(replace_invalid_utf8("\xff\xfe") == "\uFFFD\uFFFD");
        CHECK(replace_invalid_utf8("caf\u00e9 \u2192") == "caf\u00e9 \u2192");
    }

    TEST_CASE("escape_invalid_utf8 shows each bad byte as \\xNN") {
        CHECK(escape_invalid_utf8("caf\xe9.yaml") == "caf\\xe9.yaml");
        CHECK(escape_invalid_utf8("caf\u00e9") == "caf\u00e9");
    }

    TEST_CASE("json_text replaces invalid UTF-8 instead of throwing") {
        nlohmann::ordered_json document = {{"file", "caf\xe9.yaml"}};
        CHECK(json_text(document) == "{\"file\":\"caf\uFFFD.yaml\"}");
        CHECK(json_text(document, 2) == "{\n  \"file\": \"caf\uFFFD.yaml\"\n}");
    }
}
