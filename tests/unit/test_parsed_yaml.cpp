#include "test_support.hpp"
#include "yaml/parsed_yaml.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;

TEST_SUITE("yaml/parsed_yaml") {

    TEST_CASE("a tree handed over brings its problems and the positions of its empty values") {
        auto parsed = parse_yaml_once("a: 1\nb:\nc: 3\n", "f.yaml", InputLimits{});
        REQUIRE(parsed->root);
        Diagnostics diagnostics;
        YamlFile file("f.yaml", diagnostics);
        auto root = hand_over(*parsed, file);
        REQUIRE(root);
        // yaml-cpp marks the empty value where the next token starts (line 3); the message
        // belongs on its key's line.
        file.error((*root)["b"], "test", "empty");
        CHECK(lines(diagnostics) == std::vector<std::string>{"f.yaml:2:1: error: empty [test]"});
    }

    TEST_CASE("a file that does not parse hands over no tree and its problems") {
        auto parsed = parse_yaml_once("a: [1\n", "f.yaml", InputLimits{});
        CHECK_FALSE(parsed->root);
        Diagnostics diagnostics;
        YamlFile file("f.yaml", diagnostics);
        CHECK_FALSE(hand_over(*parsed, file));
        CHECK(lines(diagnostics) == lines(parsed->problems));
        CHECK(diagnostics.has_errors());
    }
}
