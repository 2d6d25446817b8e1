#include "load/embedded_criteria.hpp"
#include "yaml/parsed_yaml.hpp"
#include "yaml/tree_image.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace ladder;

namespace {

// Two trees alike node for node: kind, style, mark, scalar and children (an alias is the same
// child index in both).
void check_same_tree(const YamlTree& a, const YamlTree& b) {
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CAPTURE(i);
        CHECK(a.nodes[i].kind == b.nodes[i].kind);
        CHECK(a.nodes[i].style == b.nodes[i].style);
        CHECK(a.nodes[i].mark.pos == b.nodes[i].mark.pos);
        CHECK(a.nodes[i].mark.line == b.nodes[i].mark.line);
        CHECK(a.nodes[i].mark.column == b.nodes[i].mark.column);
        CHECK(a.nodes[i].scalar == b.nodes[i].scalar);
        CHECK(a.nodes[i].first_child == b.nodes[i].first_child);
        CHECK(a.nodes[i].child_count == b.nodes[i].child_count);
    }
    CHECK(a.children == b.children);
}

} // namespace

TEST_SUITE("yaml/tree_image") {

    TEST_CASE("every built-in criteria file has an image that loads as its parse") {
        const auto& files = embedded_criteria();
        const auto& images = embedded_criteria_trees();
        REQUIRE(images.size() == files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            CAPTURE(files[i].path);
            CHECK(images[i].path == files[i].path);
            CHECK(images[i].text_size == files[i].text.size());
            auto parsed = parse_yaml_once(files[i].text, std::string(files[i].path), InputLimits{});
            auto loaded = parsed_from_image(images[i]);
            REQUIRE(parsed->root);
            REQUIRE(loaded->root);
            CHECK(loaded->problems.empty());
            CHECK(loaded->file.path() == parsed->file.path());
            CHECK(loaded->root->index() == parsed->root->index());
            check_same_tree(*loaded->root->tree(), *parsed->root->tree());
            CHECK(loaded->file.empty_value_keys().size() == parsed->file.empty_value_keys().size());
        }
    }

    TEST_CASE("an image keeps anchors, styles and the keys of empty values") {
        auto parsed =
            parse_yaml_once("a: &x [1, 2]\nb: *x\nc:\nd: {e: 'f'}\n", "f.yaml", InputLimits{});
        REQUIRE(parsed->root);
        std::ostringstream definitions, initialiser;
        REQUIRE(write_tree_image(definitions, initialiser, *parsed, "f.yaml", 40, "f"));
        CHECK(definitions.str().find("const TreeImageEmptyValue f_empty_values[]") !=
              std::string::npos);
        CHECK(initialiser.str().find("\"f.yaml\", 40, 0,") != std::string::npos);
    }

    TEST_CASE("a file with problems, or no tree, gets no image") {
        std::ostringstream definitions, initialiser;
        auto broken = parse_yaml_once("a: [1\n", "f.yaml", InputLimits{});
        CHECK_FALSE(write_tree_image(definitions, initialiser, *broken, "f.yaml", 6, "f"));
        auto duplicate = parse_yaml_once("a: 1\na: 2\n", "f.yaml", InputLimits{});
        CHECK_FALSE(write_tree_image(definitions, initialiser, *duplicate, "f.yaml", 10, "f"));
        CHECK(definitions.str().empty());
        CHECK(initialiser.str().empty());
    }

    TEST_CASE("images stand for a parse only under limits at least the defaults") {
        CHECK(images_hold_under(InputLimits{}));
        InputLimits larger;
        larger.max_nodes *= 2;
        CHECK(images_hold_under(larger));
        InputLimits fewer_nodes;
        fewer_nodes.max_nodes = 10;
        CHECK_FALSE(images_hold_under(fewer_nodes));
        InputLimits shallower;
        shallower.max_depth = 3;
        CHECK_FALSE(images_hold_under(shallower));
        InputLimits shorter;
        shorter.max_string_length = 5;
        CHECK_FALSE(images_hold_under(shorter));
    }
}
