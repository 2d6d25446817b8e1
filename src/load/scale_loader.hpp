#pragma once
// The `scale:` section of a criteria file: consecutive whole-number steps, each with a label
// and, in a points-style framework, the points the step is worth.

#include "model/framework.hpp"
#include "yaml/yaml_file.hpp"

namespace ladder {

// Reads the scale into framework.scale (and framework.scale_points when the steps give
// points), reporting every problem.
void read_scale(const YamlFile& file, const YamlNode& node, Framework& framework);

} // namespace ladder
