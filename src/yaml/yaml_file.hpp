#pragma once
// Reading one YAML file safely: parse errors, limits, duplicate keys and alias cycles become
// diagnostics with 1-based positions, so loaders only see trees that are safe to walk.

#include "util/diagnostic.hpp"
#include "yaml/limits.hpp"
#include "yaml/yaml_node.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <yaml-cpp/mark.h>

namespace ladder {

// The file a node came from, and where its diagnostics go.
class YamlFile {
public:
    YamlFile(std::string path, Diagnostics& diagnostics)
        : path_(std::move(path)), diagnostics_(&diagnostics) {}

    const std::string& path() const { return path_; }
    // Where a node was written. An empty value (`name:` with nothing after it) is placed at its
    // key: yaml-cpp marks it where the next token starts, often on a later line.
    Location at(const YamlNode& node) const;
    Location at(const YAML::Mark& mark) const;
    void note_empty_value(const YamlNode& key, const YamlNode& value);
    // The empty values another reader noted while parsing the same text (yaml/parsed_yaml), so
    // that this file's messages on the tree it hands over are placed the same.
    void adopt_positions(const YamlFile& parsed_by) {
        empty_value_keys_ = parsed_by.empty_value_keys_;
    }
    // For a tree loaded from its image (yaml/tree_image): an empty value noted when it was made.
    void note_empty_value_at(std::size_t value_pos, const YAML::Mark& key) {
        empty_value_keys_.emplace(value_pos, key);
    }
    const std::map<std::size_t, YAML::Mark>& empty_value_keys() const { return empty_value_keys_; }
    void error(const YamlNode& node, std::string code, std::string message) const;
    void warning(const YamlNode& node, std::string code, std::string message) const;
    Diagnostics& diagnostics() const { return *diagnostics_; }

private:
    std::string path_;
    Diagnostics* diagnostics_;
    std::map<std::size_t, YAML::Mark> empty_value_keys_; // empty value's position -> its key's
};

// Parses `text` (one YAML document). Returns the root node only when it is safe to walk:
// well-formed UTF-8, one document, within `limits`, no alias cycles, no duplicate keys.
// Every problem found is added to the file's diagnostics.
std::optional<YamlNode> parse_yaml(std::string_view text, YamlFile& file,
                                   const InputLimits& limits);

// How a node looks, for messages: "'abc'", "a list", "a map", "nothing".
std::string describe_node(const YamlNode& node);

} // namespace ladder
