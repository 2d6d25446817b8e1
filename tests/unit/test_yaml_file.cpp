#include "test_support.hpp"
#include "yaml/yaml_file.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;
using ladder::test::lines;
using ladder::test::parse;
using Lines = std::vector<std::string>;

namespace {

InputLimits limits(int max_depth, std::size_t max_nodes, std::size_t max_string_length) {
    InputLimits result;
    result.max_depth = max_depth;
    result.max_nodes = max_nodes;
    result.max_string_length = max_string_length;
    return result;
}

// A "billion laughs": 9 levels of 9 aliases each, 9^9 leaves once expanded.
std::string alias_bomb() {
    std::string text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    std::string previous = "a";
    for (std::string name : {"b", "c", "d", "e", "f", "g", "h", "i"}) {
        text += name + ": &" + name + " [";
        for (int i = 0; i < 9; ++i) {
            text += (i > 0 ? ", *" : "*") + previous;
        }
        text += "]\n";
        previous = name;
    }
    return text;
}

} // namespace

TEST_SUITE("yaml/yaml_file") {

    TEST_CASE("parse_yaml returns the root of a well-formed document") {
        Diagnostics diagnostics;
        auto root = parse("a: 1\nb: [x, y]\nc: {d: e}\n", diagnostics);
        REQUIRE(root.has_value());
        CHECK(diagnostics.empty());
        CHECK(root->IsMap());
        CHECK((*root)["b"].size() == 2);
    }

    TEST_CASE("parse_yaml reports syntax errors where the parser found them") {
        Diagnostics diagnostics;
        SUBCASE("an unclosed flow list") {
            CHECK_FALSE(parse("a: [1, 2\nb: 3\n", diagnostics).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:2:2: error: invalid YAML: end of sequence flow not found "
                        "[yaml-syntax]"});
        }
        SUBCASE("a key indented under a value") {
            CHECK_FALSE(parse("a: 1\n b: 2\n", diagnostics).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:2:3: error: invalid YAML: illegal map value [yaml-syntax]"});
        }
    }

    TEST_CASE("parse_yaml rejects a quoted text that is never closed") {
        Diagnostics diagnostics;
        SUBCASE("double quotes in the middle of the file") {
            CHECK_FALSE(parse("a: 1\nb: \"never closed\nc: 2\n", diagnostics).has_value());
            CHECK(
                lines(diagnostics) ==
                Lines{"test.yaml:2:4: error: invalid YAML: the quoted text starting here is never "
                      "closed; expected a closing \" before the end of the file [yaml-syntax]"});
        }
        SUBCASE("single quotes ending in an escaped quote") {
            CHECK_FALSE(parse("a: 'it''\n", diagnostics).has_value());
            CHECK(
                lines(diagnostics) ==
                Lines{"test.yaml:1:4: error: invalid YAML: the quoted text starting here is never "
                      "closed; expected a closing ' before the end of the file [yaml-syntax]"});
        }
        SUBCASE("double quotes ending in an escaped quote") {
            CHECK_FALSE(parse("a: \"x\\\"\n", diagnostics).has_value());
            CHECK(diagnostics.error_count() == 1);
        }
        SUBCASE("an anchored value") {
            CHECK_FALSE(parse("a: &x \"q\n", diagnostics).has_value());
            CHECK(diagnostics.error_count() == 1);
        }
        SUBCASE("after a byte order mark") {
            CHECK_FALSE(parse("\xEF\xBB\xBF"
                              "a: 'q'\nb: 'r\n",
                              diagnostics)
                            .has_value());
            CHECK(
                lines(diagnostics) ==
                Lines{"test.yaml:2:4: error: invalid YAML: the quoted text starting here is never "
                      "closed; expected a closing ' before the end of the file [yaml-syntax]"});
        }
        SUBCASE("closed quotes of every kind are fine") {
            CHECK(parse("a: 'x'\nb: \"y\"\nc: 'it''s'\nd: \"say \\\"hi\\\"\"\ne: &q 'w'\n"
                        "f: !!str 'v'\n'k': 1\ng: \"multi\n  line\"\n",
                        diagnostics)
                      .has_value());
            CHECK(diagnostics.empty());
        }
    }

    TEST_CASE("parse_yaml rejects a key given twice in one map") {
        Diagnostics diagnostics;
        SUBCASE("at the top") {
            CHECK_FALSE(parse("a: 1\nb: 2\na: 3\n", diagnostics).has_value());
            CHECK(lines(diagnostics) == Lines{"test.yaml:3:1: error: the key 'a' is given twice in "
                                              "this map; expected each key once [duplicate-key]"});
        }
        SUBCASE("in a nested map, while the same key in another map is fine") {
            CHECK_FALSE(parse("outer:\n  x: 1\n  x: 2\nother:\n  x: 3\n", diagnostics).has_value());
            CHECK(lines(diagnostics) == Lines{"test.yaml:3:3: error: the key 'x' is given twice in "
                                              "this map; expected each key once [duplicate-key]"});
        }
    }

    TEST_CASE("parse_yaml rejects keys that are not plain text") {
        Diagnostics diagnostics;
        CHECK_FALSE(parse("? [a, b]\n: 1\n", diagnostics).has_value());
        CHECK(lines(diagnostics) ==
              Lines{"test.yaml:1:3: error: expected a plain key, found a list [yaml-complex-key]"});
    }

    TEST_CASE("parse_yaml rejects a self-referencing alias instead of looping") {
        Diagnostics diagnostics;
        SUBCASE("a list that contains itself") {
            CHECK_FALSE(parse("a: &x [1, *x]\n", diagnostics).has_value());
        }
        SUBCASE("a map that contains itself") {
            CHECK_FALSE(parse("a: &x\n  b: *x\n", diagnostics).has_value());
        }
        CHECK(lines(diagnostics) ==
              Lines{"test.yaml:1:4: error: an alias refers to a node that contains it (a "
                    "self-referencing alias); expected a tree [yaml-alias-cycle]"});
    }

    TEST_CASE("parse_yaml accepts an alias used several times") {
        Diagnostics diagnostics;
        auto root = parse("a: &x [1, 2]\nb: *x\nc: *x\n", diagnostics);
        REQUIRE(root.has_value());
        CHECK(diagnostics.empty());
        CHECK((*root)["c"].size() == 2);
    }

    TEST_CASE("parse_yaml stops an alias bomb at the node limit, at the alias that expands") {
        Diagnostics diagnostics;
        SUBCASE("the default limit") {
            CHECK_FALSE(parse(alias_bomb(), diagnostics).has_value());
            // 10 + 91 + 820 + 7381 + 66430 nodes in a..e: the limit is crossed inside f (line 6).
            CHECK(
                lines(diagnostics) ==
                Lines{"test.yaml:6:4: error: the document has more than 100000 nodes once aliases "
                      "are expanded (an alias bomb?); raise the limit with --max-nodes "
                      "[yaml-too-many-nodes]"});
        }
        SUBCASE("a small limit") {
            CHECK_FALSE(parse(alias_bomb(), diagnostics, limits(64, 50, 1000)).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:2:4: error: the document has more than 50 nodes once aliases "
                        "are expanded (an alias bomb?); raise the limit with --max-nodes "
                        "[yaml-too-many-nodes]"});
        }
    }

    TEST_CASE("parse_yaml counts nodes without aliases too") {
        Diagnostics diagnostics;
        SUBCASE("at the limit") {
            CHECK(parse("[1, 2, 3, 4]\n", diagnostics, limits(64, 5, 1000)).has_value());
            CHECK(diagnostics.empty());
        }
        SUBCASE("one more") {
            CHECK_FALSE(parse("[1, 2, 3, 4, 5]\n", diagnostics, limits(64, 5, 1000)).has_value());
            CHECK(
                lines(diagnostics) ==
                Lines{"test.yaml:1:14: error: the document has more than 5 nodes once aliases are "
                      "expanded (an alias bomb?); raise the limit with --max-nodes "
                      "[yaml-too-many-nodes]"});
        }
    }

    TEST_CASE("parse_yaml limits the depth of nesting") {
        Diagnostics diagnostics;
        SUBCASE("at the limit") {
            CHECK(parse("a: [[[1]]]\n", diagnostics, limits(5, 1000, 1000)).has_value());
            CHECK(diagnostics.empty());
        }
        SUBCASE("one deeper") {
            CHECK_FALSE(parse("a: [[[[1]]]]\n", diagnostics, limits(5, 1000, 1000)).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:1:8: error: the document nests deeper than 5 levels; raise the "
                        "limit with --max-depth [yaml-too-deep]"});
        }
        SUBCASE("deeper than the parser itself allows") {
            std::string text = std::string(600, '[') + std::string(600, ']');
            CHECK_FALSE(parse(text, diagnostics, limits(1000, 100000, 1000)).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:1:1: error: the document nests deeper than the YAML parser's "
                        "limit of 500 levels [yaml-too-deep]"});
        }
    }

    TEST_CASE("parse_yaml limits the length of texts, keys included") {
        Diagnostics diagnostics;
        SUBCASE("at the limit") {
            CHECK(parse("abcdefghij: abcdefghij\n", diagnostics, limits(64, 1000, 10)).has_value());
            CHECK(diagnostics.empty());
        }
        SUBCASE("a value one longer") {
            CHECK_FALSE(parse("a: abcdefghijk\n", diagnostics, limits(64, 1000, 10)).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:1:4: error: a text of 11 characters, more than the limit of 10; "
                        "raise it with --max-string-length [yaml-string-too-long]"});
        }
        SUBCASE("a key one longer") {
            CHECK_FALSE(parse("abcdefghijk: a\n", diagnostics, limits(64, 1000, 10)).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:1:1: error: a text of 11 characters, more than the limit of 10; "
                        "raise it with --max-string-length [yaml-string-too-long]"});
        }
    }

    TEST_CASE("parse_yaml accepts one document per file") {
        Diagnostics diagnostics;
        SUBCASE("a second document") {
            CHECK_FALSE(parse("a: 1\n---\nb: 2\n", diagnostics).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:2:1: error: a second YAML document ('---'); "
                        "expected one document per file [several-documents]"});
        }
        SUBCASE("an empty document after the first is harmless") {
            CHECK(parse("a: 1\n---\n", diagnostics).has_value());
            CHECK(diagnostics.empty());
        }
    }

    // yaml-cpp 0.7's LoadAll never returns on these: it reports empty documents forever.
    TEST_CASE("parse_yaml reports a stray token after the document instead of looping") {
        Diagnostics diagnostics;
        std::string expected_at;
        SUBCASE("alone") {
            CHECK_FALSE(parse(",", diagnostics).has_value());
            expected_at = "test.yaml:1:1";
        }
        SUBCASE("after a flow map") {
            CHECK_FALSE(parse("{a: 1}\n,", diagnostics).has_value());
            expected_at = "test.yaml:2:1";
        }
        SUBCASE("after an indented map") {
            CHECK_FALSE(parse("  a: 1\n,", diagnostics).has_value());
            expected_at = "test.yaml:2:1";
        }
        CHECK(lines(diagnostics) ==
              Lines{expected_at + ": error: invalid YAML: unexpected text after the end of the "
                                  "document; expected a key or a list item [yaml-syntax]"});
    }

    TEST_CASE("parse_yaml rejects an empty file") {
        Diagnostics diagnostics;
        SUBCASE("no bytes") {
            CHECK_FALSE(parse("", diagnostics).has_value());
        }
        SUBCASE("only a comment") {
            CHECK_FALSE(parse("# nothing here\n", diagnostics).has_value());
        }
        CHECK(lines(diagnostics) ==
              Lines{"test.yaml:0:0: error: the file is empty; expected a YAML map [empty-file]"});
    }

    TEST_CASE("parse_yaml rejects text that is not UTF-8, and NUL bytes") {
        Diagnostics diagnostics;
        SUBCASE("a Latin-1 byte") {
            CHECK_FALSE(parse("a: 1\nb: caf\xe9\n", diagnostics).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:2:7: error: expected UTF-8 text, found the byte 0xe9 (a binary "
                        "file, or another encoding?) [not-utf8]"});
        }
        SUBCASE("a NUL byte") {
            CHECK_FALSE(parse(std::string("a: 1\n\0b", 8), diagnostics).has_value());
            CHECK(lines(diagnostics) ==
                  Lines{"test.yaml:2:1: error: expected text, found a NUL byte "
                        "(a binary file?) [not-utf8]"});
        }
    }

    TEST_CASE("YamlFile::at places an empty value at its key") {
        Diagnostics diagnostics;
        YamlFile file("test.yaml", diagnostics);
        auto root = parse_yaml("a:\nb: 1\nc: {d: }\n", file, InputLimits{});
        REQUIRE(root.has_value());
        const YamlNode& map = *root;
        Location a = file.at(map["a"]);
        CHECK(a.line == 1);
        CHECK(a.column == 1);
        Location b = file.at(map["b"]);
        CHECK(b.line == 2);
        CHECK(b.column == 4);
        Location d = file.at(map["c"]["d"]);
        CHECK(d.line == 3);
        CHECK(d.column == 5);
    }

    TEST_CASE("describe_node says how a value looks") {
        Diagnostics diagnostics;
        auto root = parse("s: abc\nl: [1]\nm: {a: 1}\nn:\nlong: "
                          "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij\n",
                          diagnostics);
        REQUIRE(root.has_value());
        const YamlNode& map = *root;
        CHECK(describe_node(map["s"]) == "'abc'");
        CHECK(describe_node(map["l"]) == "a list");
        CHECK(describe_node(map["m"]) == "a map");
        CHECK(describe_node(map["n"]) == "nothing");
        CHECK(describe_node(map["missing"]) == "nothing");
        CHECK(describe_node(map["long"]) == "'abcdefghijabcdefghijabcdefghijabcdefg...'");
    }

} // TEST_SUITE
