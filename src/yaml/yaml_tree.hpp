#pragma once
// Reads the first YAML document of a text into ladder's tree (yaml/yaml_node), as YAML::Load
// reads it into yaml-cpp's: the same parser, the same exceptions, the same nodes and marks.

#include "yaml/yaml_node.hpp"

#include <string_view>

namespace ladder {

// The first document's root; a null node when the text holds no document. Throws what yaml-cpp's
// parser throws (YAML::ParserException, YAML::DeepRecursion).
YamlNode load_yaml_document(std::string_view text);

} // namespace ladder
