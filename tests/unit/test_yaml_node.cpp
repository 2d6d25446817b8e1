#include "yaml/yaml_tree.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace ladder;

TEST_SUITE("yaml/yaml_node") {
    TEST_CASE("no document is a null node with no position; a lookup outside a map is undefined") {
        auto empty = load_yaml_document("");
        CHECK(empty.IsDefined());
        CHECK(empty.IsNull());
        CHECK(empty.Mark().is_null());
        CHECK_FALSE(empty["key"].IsDefined());
        auto scalar = load_yaml_document("just text\n");
        CHECK_FALSE(scalar["key"]);
        CHECK(scalar.size() == 0);
        CHECK(scalar.begin() == scalar.end());
        CHECK(load_yaml_document("{a: 1}")["a"].Scalar() == "1");
        CHECK(load_yaml_document("{a: [1]}")["a"].Scalar().empty());
    }

    TEST_CASE("a list yields its items and a map its pairs, in file order") {
        auto root = load_yaml_document("list: [a, b, c]\nmap: {x: 1, y: 2}\n");
        std::vector<std::string> items;
        for (const auto& item : root["list"]) {
            items.push_back(item.Scalar());
        }
        CHECK(items == std::vector<std::string>{"a", "b", "c"});
        std::vector<std::string> pairs;
        for (const auto& entry : root["map"]) {
            pairs.push_back(entry.first.Scalar() + "=" + entry.second.Scalar());
        }
        CHECK(pairs == std::vector<std::string>{"x=1", "y=2"});
        CHECK(root["map"].begin()->first.Scalar() == "x");
        CHECK(root["list"].size() == 3);
        CHECK(root["map"].size() == 2);
    }

    TEST_CASE("a node keeps its document alive") {
        YamlNode kept;
        {
            auto root = load_yaml_document("outer: {inner: kept text}\n");
            kept = root["outer"]["inner"];
        }
        CHECK(kept.Scalar() == "kept text");
        CHECK(kept.Mark().line == 0);
        CHECK(kept.Mark().column == 15);
    }
}
