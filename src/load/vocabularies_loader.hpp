#pragma once
// The `vocabularies:` section of a criteria file: the framework's own words for evidence item
// types, kinds, roles and scopes (each list optional; a list not given keeps the default).

#include "model/vocabularies.hpp"
#include "yaml/yaml_file.hpp"

namespace ladder {

// Reads the section into `vocabularies` (which holds the defaults), reporting every problem.
void read_vocabularies(const YamlFile& file, const YamlNode& node, Vocabularies& vocabularies);

} // namespace ladder
