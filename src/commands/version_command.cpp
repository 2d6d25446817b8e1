#include "commands/version_command.hpp"

#include "commands/common.hpp"

#include <fmt/format.h>

namespace ladder {

std::string version_text() {
    LoadedCriteria built_in = load_criteria(std::nullopt, InputLimits{});
    return fmt::format("ladder {}\nbuilt-in framework: {} {}\n", LADDER_VERSION,
                       built_in.framework.id, built_in.framework.version);
}

} // namespace ladder
