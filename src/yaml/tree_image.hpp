#pragma once
// A parsed YAML file as constant data compiled into the binary: the tree (yaml/yaml_node) with
// every node's mark, and the positions of its empty values (yaml/yaml_file). The built-in
// framework is turned into images at build time (tools/embed_trees.cpp), so that a run loads its
// trees instead of scanning its YAML again: yaml-cpp's scanner was two thirds of `ladder evaluate`
// of one person. An image is made only of a file that parsed with no problem under the default
// limits, so the tree it gives is the one parsing would give, with the same diagnostics: none.

#include "yaml/parsed_yaml.hpp"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <span>
#include <string_view>

namespace ladder {

struct TreeImageNode {
    std::uint8_t kind = 0;  // YamlTree::Kind
    std::uint8_t style = 0; // YAML::EmitterStyle::value
    int pos = 0;            // the mark, as yaml-cpp counts (0-based)
    int line = 0;
    int column = 0;
    std::uint32_t scalar_offset = 0; // into TreeImage::scalars
    std::uint32_t scalar_size = 0;
    std::uint32_t first_child = 0;
    std::uint32_t child_count = 0;
};

// An empty value's position, and the mark of its key (YamlFile::note_empty_value).
struct TreeImageEmptyValue {
    std::size_t value_pos = 0;
    int key_pos = 0;
    int key_line = 0;
    int key_column = 0;
};

struct TreeImage {
    std::string_view path; // as in diagnostics: criteria/engineering/levels.yaml
    std::size_t text_size = 0;
    std::uint32_t root = 0;
    std::span<const TreeImageNode> nodes;
    std::span<const std::uint32_t> children;
    std::string_view scalars;
    std::span<const TreeImageEmptyValue> empty_values;
};

// Whether an image (made under the default limits) stands for parsing under `limits`: every
// limit at least the default, so no limit would have stopped the parse.
bool images_hold_under(const InputLimits& limits);

// The file as parse_yaml_once would have parsed it.
std::shared_ptr<const ParsedYaml> parsed_from_image(const TreeImage& image);

// For the build: the image of `parsed` as C++ definitions named NAME_nodes, NAME_children,
// NAME_scalars and NAME_empty_values, and the TreeImage initialiser that refers to them.
// False (nothing written) if the file had problems or no tree: it is parsed at run time.
bool write_tree_image(std::ostream& definitions, std::ostream& initialiser,
                      const ParsedYaml& parsed, std::string_view path, std::size_t text_size,
                      std::string_view name);

} // namespace ladder
