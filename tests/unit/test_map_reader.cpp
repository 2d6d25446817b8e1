#include "test_support.hpp"
#include "yaml/map_reader.hpp"

#include <doctest/doctest.h>
#include <limits>
#include <string>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

const std::vector<std::string> thing_keys = {"title", "n",  "w",   "flag", "description",
                                             "when",  "id", "ids", "tags"};

// A parsed file "test.yaml" whose root map is read as a "thing" with thing_keys.
struct Fixture {
    explicit Fixture(const std::string& text) : file("test.yaml", diagnostics) {
        auto parsed = parse_yaml(text, file, InputLimits{});
        REQUIRE(parsed.has_value());
        root = *parsed;
    }
    MapReader reader() const { return MapReader(file, root, "thing", thing_keys); }

    Diagnostics diagnostics;
    YamlFile file;
    YamlNode root;
};

} // namespace

TEST_SUITE("yaml/map_reader") {

    TEST_CASE("MapReader reports a value that is not a map") {
        Fixture f("[1, 2]\n");
        MapReader map = f.reader();
        CHECK_FALSE(map.valid());
        CHECK_FALSE(map.has("title"));
        CHECK_FALSE(map.text("title", true).has_value());
        CHECK(lines(f.diagnostics) ==
              Lines{"test.yaml:1:1: error: thing: expected a map, found a list [wrong-type]"});
    }

    TEST_CASE("MapReader reports unknown keys, with a suggestion when one is close") {
        Fixture f("titel: A\ncolour: blue\n");
        MapReader map = f.reader();
        CHECK(map.valid());
        CHECK(lines(f.diagnostics) ==
              Lines{"test.yaml:1:1: error: thing: unknown key 'titel' (did you mean 'title'?) "
                    "[unknown-key]",
                    "test.yaml:2:1: error: thing: unknown key 'colour' [unknown-key]"});
    }

    TEST_CASE("a misspelt required key is one message: the unknown key, not the missing one") {
        Fixture f("titel: A\nn: 1\n");
        MapReader map = f.reader();
        CHECK_FALSE(map.require("title"));
        CHECK(map.misspelt_one_of({"w", "title"}));
        CHECK_FALSE(map.misspelt_one_of({"w"}));
        CHECK(lines(f.diagnostics) ==
              Lines{"test.yaml:1:1: error: thing: unknown key 'titel' (did you mean 'title'?) "
                    "[unknown-key]"});
    }

    TEST_CASE("an unknown key is compared with the keys not given yet, and its long form too") {
        SUBCASE("a key already given is no suggestion when another fits") {
            Fixture f("ids: [a]\nidz: b\n");
            MapReader map(f.file, f.root, "thing", {"ids", "id"});
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:2:1: error: thing: unknown key 'idz' (did you mean 'id'?) "
                        "[unknown-key]"});
        }
        SUBCASE("'minimum' for 'min'") {
            Fixture f("minimum: 3\n");
            MapReader map(f.file, f.root, "rating", {"competency", "min"});
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:1: error: rating: unknown key 'minimum' (did you mean "
                        "'min'?) [unknown-key]"});
        }
    }

    TEST_CASE("an invisible character in a key is named, escaped, and left out of the match") {
        Fixture f("ti\u200btle: A\n");
        MapReader map = f.reader();
        CHECK_FALSE(map.require("title"));
        CHECK(lines(f.diagnostics) ==
              Lines{"test.yaml:1:1: error: thing: unknown key 'ti\\u200btle' (it holds U+200B "
                    "ZERO WIDTH SPACE) (did you mean 'title'?) [unknown-key]"});
    }

    TEST_CASE("require reports a missing key at the map") {
        Fixture f("n: 1\nw: 2\n");
        MapReader map = f.reader();
        CHECK(map.require("n"));
        CHECK_FALSE(map.require("title"));
        CHECK(lines(f.diagnostics) ==
              Lines{"test.yaml:1:1: error: thing: missing required key 'title' [missing-key]"});
    }

    TEST_CASE("present_keys lists the given keys in file order") {
        Fixture f("w: 1\nn: 2\ntitle: x\n");
        CHECK(f.reader().present_keys({"title", "n", "other"}) ==
              std::vector<std::string>{"n", "title"});
    }

    TEST_CASE("line: one line of text, a line break, control character or override is an error") {
        SUBCASE("plain text, UTF-8 included") {
            Fixture f("title: Ingénieure principale\n");
            CHECK(f.reader().line("title", true) == "Ingénieure principale");
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("a line break that would forge a line of a report") {
            Fixture f("title: \"Alice\\nREADY for IC2\"\n");
            CHECK(f.reader().line("title", true) == "");
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:8: error: thing 'title': expected one line of plain text, "
                        "found the control character \\n (line breaks, control characters and "
                        "bidirectional overrides are only allowed in descriptions, guidance and "
                        "justifications) [control-character]"});
        }
        SUBCASE("an escape sequence") {
            Fixture f("title: \"\\e[2JStaff\"\n");
            CHECK(f.reader().line("title", true) == "");
            CHECK(f.diagnostics.items().front().message.find("\\x1b") != std::string::npos);
        }
        SUBCASE("a right-to-left override") {
            Fixture f("title: \"Staff \\u202Eenigne\"\n");
            CHECK(f.reader().line("title", true) == "");
            CHECK(f.diagnostics.items().front().message.find("\\u202e") != std::string::npos);
        }
        SUBCASE("text keeps its line breaks") {
            Fixture f("description: |\n  one\n  two\n");
            CHECK(f.reader().text("description", true) == "one\ntwo\n");
            CHECK(f.diagnostics.empty());
        }
    }

    TEST_CASE("text_list items are one line each") {
        Fixture f("tags: [\"payments\", \"billing\\rforged\"]\n");
        CHECK(f.reader().text_list("tags") == std::vector<std::string>{"payments"});
        REQUIRE(f.diagnostics.items().size() == 1);
        CHECK(f.diagnostics.items().front().code == "control-character");
    }

    TEST_CASE("text: reads text, reports other values and empty text") {
        SUBCASE("a value") {
            Fixture f("title: Staff engineer\n");
            CHECK(f.reader().text("title", true) == "Staff engineer");
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("an optional key that is absent") {
            Fixture f("n: 1\n");
            CHECK_FALSE(f.reader().text("title", false).has_value());
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("a list") {
            Fixture f("title: [a, b]\n");
            CHECK_FALSE(f.reader().text("title", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:8: error: thing 'title': expected text, found a list "
                        "[wrong-type]"});
        }
        SUBCASE("nothing, reported at the key") {
            Fixture f("n: 1\ntitle:\nw: 2\n");
            CHECK_FALSE(f.reader().text("title", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:2:1: error: thing 'title': expected text, found nothing "
                        "[wrong-type]"});
        }
        SUBCASE("an empty text where one is required") {
            Fixture f("title: \"\"\n");
            CHECK(f.reader().text("title", true) == "");
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:8: error: thing: 'title' is empty; expected text "
                        "[empty-value]"});
        }
    }

    TEST_CASE("whole_number: reads a whole number in a range, and says what it found") {
        SUBCASE("in range, at both ends") {
            Fixture f("n: 1\nw: 5\n");
            CHECK(f.reader().whole_number("n", true, 1, 5) == 1);
            CHECK(f.reader().whole_number("w", true, 1, 5) == 5);
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("text") {
            Fixture f("n: abc\n");
            CHECK_FALSE(f.reader().whole_number("n", true, 1, 5).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'n': expected a whole number from 1 to 5, "
                        "found 'abc' [wrong-type]"});
        }
        SUBCASE("a fraction") {
            Fixture f("n: 3.7\n");
            CHECK_FALSE(f.reader().whole_number("n", true, 1, 5).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'n': expected a whole number from 1 to 5, "
                        "found '3.7' [wrong-type]"});
        }
        SUBCASE("above the range") {
            Fixture f("n: 6\n");
            CHECK_FALSE(f.reader().whole_number("n", true, 1, 5).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'n': expected a whole number from 1 to 5, "
                        "found 6 [out-of-range]"});
        }
        SUBCASE("below a range with no upper end") {
            Fixture f("n: -3\n");
            CHECK_FALSE(f.reader()
                            .whole_number("n", true, 0, std::numeric_limits<long long>::max())
                            .has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'n': expected a whole number of at least 0, "
                        "found -3 [out-of-range]"});
        }
        SUBCASE("too large for any whole number") {
            Fixture f("n: 99999999999999999999\n");
            CHECK_FALSE(f.reader().whole_number("n", true, 1, 5).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'n': expected a whole number from 1 to 5, "
                        "found '99999999999999999999', which is too large [out-of-range]"});
        }
        SUBCASE("a list") {
            Fixture f("n: [1]\n");
            CHECK_FALSE(f.reader().whole_number("n", true, 1, 5).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'n': expected a whole number from 1 to 5, "
                        "found a list [wrong-type]"});
        }
        SUBCASE("missing") {
            Fixture f("w: 1\n");
            CHECK_FALSE(f.reader().whole_number("n", true, 1, 5).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:1: error: thing: missing required key 'n' [missing-key]"});
        }
    }

    TEST_CASE("number: reads a number in a range whose lower end is excluded") {
        SUBCASE("a fraction in range") {
            Fixture f("w: 0.5\n");
            CHECK(f.reader().number("w", true, 0.0, 10.0) == doctest::Approx(0.5));
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("the lower bound is excluded") {
            Fixture f("w: 0\n");
            CHECK_FALSE(f.reader().number("w", true, 0.0, 10.0).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'w': expected a number greater than 0 and at "
                        "most 10, found '0' [out-of-range]"});
        }
        SUBCASE("the upper bound is included") {
            Fixture f("w: 10\n");
            CHECK(f.reader().number("w", true, 0.0, 10.0) == doctest::Approx(10.0));
        }
        SUBCASE("above the upper bound") {
            Fixture f("w: 10.5\n");
            CHECK_FALSE(f.reader().number("w", true, 0.0, 10.0).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'w': expected a number greater than 0 and at "
                        "most 10, found '10.5' [out-of-range]"});
        }
        SUBCASE("text") {
            Fixture f("w: heavy\n");
            CHECK_FALSE(f.reader().number("w", true, 0.0, 10.0).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'w': expected a number greater than 0 and at "
                        "most 10, found 'heavy' [wrong-type]"});
        }
        SUBCASE("not a finite number") {
            Fixture f("w: inf\n");
            CHECK_FALSE(f.reader().number("w", true, 0.0, 10.0).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:4: error: thing 'w': expected a number greater than 0 and at "
                        "most 10, found 'inf' [wrong-type]"});
        }
    }

    TEST_CASE("boolean takes only true and false") {
        SUBCASE("true and false") {
            Fixture f("flag: true\nn: false\n");
            CHECK(f.reader().boolean("flag") == true);
            CHECK(f.reader().boolean("n") == false);
            CHECK_FALSE(f.reader().boolean("w").has_value());
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("yes, which YAML 1.1 would read as true") {
            Fixture f("flag: yes\n");
            CHECK_FALSE(f.reader().boolean("flag").has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:7: error: thing 'flag': expected true or false, found 'yes' "
                        "[wrong-type]"});
        }
    }

    TEST_CASE("date: reads a calendar date YYYY-MM-DD") {
        SUBCASE("a calendar date") {
            Fixture f("when: 2024-02-29\n");
            CHECK(f.reader().date("when", true) == Date::parse("2024-02-29"));
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("a day that does not exist") {
            Fixture f("when: 2025-02-30\n");
            CHECK_FALSE(f.reader().date("when", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:7: error: thing 'when': expected a calendar date YYYY-MM-DD, "
                        "found '2025-02-30' [invalid-date]"});
        }
        SUBCASE("another format") {
            Fixture f("when: 30/01/2025\n");
            CHECK_FALSE(f.reader().date("when", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:7: error: thing 'when': expected a calendar date YYYY-MM-DD, "
                        "found '30/01/2025' [invalid-date]"});
        }
        SUBCASE("a list") {
            Fixture f("when: [2025-01-01]\n");
            CHECK_FALSE(f.reader().date("when", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:7: error: thing 'when': expected a date YYYY-MM-DD, found a "
                        "list [wrong-type]"});
        }
    }

    TEST_CASE("id: reads an id and where it was written") {
        SUBCASE("an id keeps where it was written") {
            Fixture f("n: 1\nid: IC4.b_c-d\n");
            auto id = f.reader().id("id", true);
            REQUIRE(id.has_value());
            CHECK(id->id == "IC4.b_c-d");
            CHECK(id->where.line == 2);
            CHECK(id->where.column == 5);
        }
        SUBCASE("a space is not allowed") {
            Fixture f("id: b c\n");
            CHECK_FALSE(f.reader().id("id", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:5: error: thing 'id': expected an id (letters, digits, '-', "
                        "'_', '.'), found 'b c' [invalid-id]"});
        }
        SUBCASE("a map") {
            Fixture f("id: {a: 1}\n");
            CHECK_FALSE(f.reader().id("id", true).has_value());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:5: error: thing 'id': expected an id (letters, digits, '-', "
                        "'_', '.'), found a map [wrong-type]"});
        }
    }

    TEST_CASE("id_list takes one id or a list of them") {
        SUBCASE("one id") {
            Fixture f("ids: IC3\n");
            auto ids = f.reader().id_list("ids");
            REQUIRE(ids.size() == 1);
            CHECK(ids[0].id == "IC3");
        }
        SUBCASE("a list, each with its position") {
            Fixture f("ids: [IC2, IC3]\n");
            auto ids = f.reader().id_list("ids");
            REQUIRE(ids.size() == 2);
            CHECK(ids[1].id == "IC3");
            CHECK(ids[1].where.column == 12);
        }
        SUBCASE("nothing, or absent") {
            Fixture f("ids:\n");
            CHECK(f.reader().id_list("ids").empty());
            CHECK(f.reader().id_list("tags").empty());
            CHECK(f.diagnostics.empty());
        }
        SUBCASE("a bad item is reported and left out") {
            Fixture f("ids: [IC2, 'I C3']\n");
            auto ids = f.reader().id_list("ids");
            CHECK(ids.size() == 1);
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:12: error: thing 'ids': expected an id (letters, digits, '-', "
                        "'_', '.'), found 'I C3' [invalid-id]"});
        }
        SUBCASE("a map") {
            Fixture f("ids: {a: 1}\n");
            CHECK(f.reader().id_list("ids").empty());
            CHECK(
                lines(f.diagnostics) ==
                Lines{"test.yaml:1:6: error: thing 'ids': expected an id or a list of ids, found a "
                      "map [wrong-type]"});
        }
    }

    TEST_CASE("text_list takes one text or a list of them") {
        SUBCASE("one text") {
            Fixture f("tags: payments\n");
            CHECK(f.reader().text_list("tags") == std::vector<std::string>{"payments"});
        }
        SUBCASE("a list") {
            Fixture f("tags: [payments, search]\n");
            CHECK(f.reader().text_list("tags") == std::vector<std::string>{"payments", "search"});
        }
        SUBCASE("a map in the list") {
            Fixture f("tags: [payments, {a: 1}]\n");
            CHECK(f.reader().text_list("tags") == std::vector<std::string>{"payments"});
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:18: error: thing 'tags': expected text, "
                        "found a map [wrong-type]"});
        }
        SUBCASE("a map") {
            Fixture f("tags: {a: 1}\n");
            CHECK(f.reader().text_list("tags").empty());
            CHECK(lines(f.diagnostics) ==
                  Lines{"test.yaml:1:7: error: thing 'tags': expected text or a list, found a map "
                        "[wrong-type]"});
        }
    }

    TEST_CASE("read_whole_number reads a lone node with the caller's name for it") {
        Fixture f("3: x\n");
        const YamlNode& root = f.root;
        auto key = root.begin()->first;
        CHECK(read_whole_number(f.file, key, "scale rating", 1, 2) == std::nullopt);
        CHECK(lines(f.diagnostics) ==
              Lines{"test.yaml:1:1: error: scale rating: expected a whole number from 1 to 2, "
                    "found 3 [out-of-range]"});
    }

    TEST_CASE("scalar_under reads a key of a map without throwing") {
        Fixture f("id: a1\nlist: [1]\nidD x: 2\n");
        CHECK(scalar_under(f.root, "id") == std::optional<std::string>("a1"));
        CHECK_FALSE(scalar_under(f.root, "list").has_value());
        CHECK_FALSE(scalar_under(f.root, "name").has_value());
        CHECK_FALSE(scalar_under(f.root["list"], "id").has_value());
    }

} // TEST_SUITE
