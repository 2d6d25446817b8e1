#include "util/json_text.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using json = nlohmann::ordered_json;

namespace {

std::string appended(const json& value) {
    std::string out = "before ";
    append_json_text(out, value);
    return out;
}

void check_same_as_json_text(const json& value) {
    CAPTURE(json_text(value));
    CHECK(appended(value) == "before " + json_text(value));
}

} // namespace

TEST_SUITE("util/json_text") {

    TEST_CASE("text is written as json_text writes it, escapes and bad bytes included") {
        for (const char* text :
             {"", "plain ascii, with spaces", "a \"quoted\" word", "back\\slash",
              "tab\tnew\nline\rreturn", "bell\a esc\x1b del\x7f nul", "caf\xc3\xa9 \xe2\x9c\x93",
              "bad \xff byte", "cut \xe2\x9c", "/ slash </script>"}) {
            check_same_as_json_text(json(text));
        }
        check_same_as_json_text(json(std::string("with\0nul", 8)));
    }

    TEST_CASE("numbers, booleans and null are written as json_text writes them") {
        for (const json& value :
             {json(0), json(-42), json(7u), json(std::numeric_limits<std::int64_t>::min()),
              json(std::numeric_limits<std::uint64_t>::max()), json(0.269), json(1.0), json(0.0),
              json(-0.5), json(1e-7), json(123456789.125), json(true), json(false), json()}) {
            check_same_as_json_text(value);
        }
    }

    TEST_CASE("lists and records are written in order, nested") {
        check_same_as_json_text(json::array());
        check_same_as_json_text(json::object());
        check_same_as_json_text(json({"a", "b\"", 3, nullptr}));
        json record = {{"z", 1}, {"a", json({{"nested", json::array({1.5, "x"})}})}, {"k\n", ""}};
        check_same_as_json_text(record);
    }

    TEST_CASE("a string alone is the same as the string in a document") {
        std::string out;
        append_json_string(out, "x\x01y");
        CHECK(out == json_text(json("x\x01y")));
    }
}
