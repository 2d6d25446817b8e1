#pragma once
// A file parsed once and kept for its next reader: telling what kind of file it is needs its tree
// (load/file_kind), and the loader that reads it next walks the same tree instead of parsing the
// text a second time (a criteria directory was parsed twice: half its load time).

#include "util/diagnostic.hpp"
#include "yaml/limits.hpp"
#include "yaml/yaml_file.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ladder {

struct ParsedYaml {
    explicit ParsedYaml(std::string path) : file(std::move(path), problems) {}
    // `file` reports to `problems`: the two never part.
    ParsedYaml(const ParsedYaml&) = delete;
    ParsedYaml& operator=(const ParsedYaml&) = delete;

    Diagnostics problems;         // what parsing found, in the order found
    YamlFile file;                // the positions of empty values, for messages on the tree
    std::optional<YamlNode> root; // only when the tree is safe to walk (parse_yaml)
};

std::shared_ptr<const ParsedYaml> parse_yaml_once(std::string_view text, std::string path,
                                                  const InputLimits& limits);

// The tree for `file`: the one parsed before, its problems added to `file`'s diagnostics and its
// positions taken over, as if `file` had parsed it.
std::optional<YamlNode> hand_over(const ParsedYaml& parsed, YamlFile& file);

} // namespace ladder
