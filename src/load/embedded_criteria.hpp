#pragma once
// The shipped framework (criteria/engineering/*.yaml) and its test suite
// (criteria/engineering-tests/), compiled into the binary.

#include "yaml/tree_image.hpp"

#include <string_view>
#include <vector>

namespace ladder {

struct EmbeddedFile {
    std::string_view path; // as shown in diagnostics: criteria/engineering/levels.yaml
    std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_criteria();
// The parsed trees of embedded_criteria()'s files, made at build time (tools/embed_trees.cpp):
// one for each file that parses cleanly, in the same order.
const std::vector<TreeImage>& embedded_criteria_trees();
// For `ladder init`: the framework's test suite and its evidence files, the example evidence
// files some of its cases use (examples/evidence/), and the CI workflow (examples/ci/).
const std::vector<EmbeddedFile>& embedded_criteria_tests();
const std::vector<EmbeddedFile>& embedded_example_evidence();
const std::vector<EmbeddedFile>& embedded_ci_workflow();

} // namespace ladder
