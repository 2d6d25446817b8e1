#pragma once
// The shipped framework (criteria/engineering/*.yaml), compiled into the binary.

#include <string_view>
#include <vector>

namespace ladder {

struct EmbeddedFile {
    std::string_view path; // as shown in diagnostics: criteria/engineering/levels.yaml
    std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_criteria();

} // namespace ladder
