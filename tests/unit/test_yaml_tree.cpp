#include "load/embedded_criteria.hpp"
#include "yaml/yaml_tree.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

using namespace ladder;

namespace {

// Whether ladder's tree reads as yaml-cpp's own: the same kinds, texts, positions and order,
// recursively. `depth` bounds the walk for documents whose aliases share nodes.
void check_same(const YamlNode& ours, const YAML::Node& theirs, int depth = 0) {
    REQUIRE(depth < 64);
    CHECK(ours.IsDefined() == theirs.IsDefined());
    CHECK(ours.IsNull() == theirs.IsNull());
    CHECK(ours.IsScalar() == theirs.IsScalar());
    CHECK(ours.IsSequence() == theirs.IsSequence());
    CHECK(ours.IsMap() == theirs.IsMap());
    CHECK(ours.Scalar() == theirs.Scalar());
    CHECK(ours.Mark().pos == theirs.Mark().pos);
    CHECK(ours.Mark().line == theirs.Mark().line);
    CHECK(ours.Mark().column == theirs.Mark().column);
    REQUIRE(ours.size() == theirs.size());
    auto their = theirs.begin();
    for (const auto& entry : ours) {
        if (ours.IsMap()) {
            check_same(entry.first, their->first, depth + 1);
            check_same(entry.second, their->second, depth + 1);
        } else {
            check_same(entry, *their, depth + 1);
        }
        ++their;
    }
}

void check_same_as_yaml_cpp(const std::string& text) {
    CAPTURE(text);
    check_same(load_yaml_document(text), YAML::Load(text));
}

} // namespace

TEST_SUITE("yaml/yaml_tree") {
    TEST_CASE("every shipped criteria file reads as yaml-cpp reads it") {
        REQUIRE(!embedded_criteria().empty());
        for (const auto& file : embedded_criteria()) {
            CAPTURE(file.path);
            check_same(load_yaml_document(file.text), YAML::Load(std::string(file.text)));
        }
    }

    TEST_CASE("scalars, empty values and nulls are the nodes and marks yaml-cpp gives") {
        check_same_as_yaml_cpp("name: Ada\nid:\nnote: ~\nother: null\nquoted: 'null'\n");
        check_same_as_yaml_cpp("text: |\n  two\n  lines\nfolded: >\n  one\n  line\n");
        check_same_as_yaml_cpp("\xEF\xBB\xBFkey: after a byte order mark\n");
        check_same_as_yaml_cpp("# only a comment\nkey: value # and another\n");
        check_same_as_yaml_cpp("tagged: !custom value\nbinary: !!str 3\n");
    }

    TEST_CASE("lists and maps in block and flow style keep their order") {
        check_same_as_yaml_cpp("items:\n  - a\n  - {b: 1, c: [2, 3]}\n  -\n  - - nested\n");
        check_same_as_yaml_cpp("[1, [2, {three: 3}], {}]\n");
        check_same_as_yaml_cpp("? [complex, key]\n: value\nplain: 1\n");
    }

    TEST_CASE("a duplicate key is kept as a second pair, as yaml-cpp keeps it") {
        auto root = load_yaml_document("a: 1\nb: 2\na: 3\n");
        CHECK(root.size() == 3);
        CHECK(root["a"].Scalar() == "1"); // the first pair wins a lookup
        check_same_as_yaml_cpp("a: 1\nb: 2\na: 3\n");
    }

    TEST_CASE("an alias is the anchored node itself") {
        auto root = load_yaml_document("base: &b {x: 1}\ncopy: *b\nlist: [&s one, *s]\n");
        CHECK(root["copy"].Mark().pos == root["base"].Mark().pos);
        CHECK(root["copy"]["x"].Scalar() == "1");
        check_same_as_yaml_cpp("base: &b {x: 1}\ncopy: *b\nlist: [&s one, *s]\n");
    }

    TEST_CASE("a self-referencing alias makes a cycle, as in yaml-cpp") {
        auto root = load_yaml_document("a: &a [1, *a]\n");
        YamlNode list = root["a"];
        REQUIRE(list.size() == 2);
        YamlNode inner = (*++list.begin());
        CHECK(inner.Mark().pos == list.Mark().pos);
        CHECK(inner.IsSequence());
    }

    TEST_CASE("only the first document is read, and syntax errors throw as in yaml-cpp") {
        check_same_as_yaml_cpp("first: 1\n---\nsecond: 2\n");
        CHECK_THROWS_AS(load_yaml_document("a: [1, 2\n"), YAML::ParserException);
        CHECK_THROWS_AS(load_yaml_document("a: *nowhere\n"), YAML::ParserException);
    }
}
