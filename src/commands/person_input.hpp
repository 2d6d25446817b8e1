#pragma once
// Reading one evidence file for a command that evaluates people one file at a time
// (`evaluate`, `place`): the person if the file is valid against the framework, else why not.

#include "commands/common.hpp"
#include "model/person.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct PersonInput {
    std::string path;
    std::optional<Person> person; // none when the file has errors
    Diagnostics diagnostics;
    std::vector<SourceText> sources;
};

PersonInput read_person(const std::string& path, const Framework& framework, const Date& as_of,
                        const InputLimits& limits);

} // namespace ladder
