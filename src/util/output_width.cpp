#include "util/output_width.hpp"

#include "util/terminal.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace ladder {

namespace {

// COLUMNS as a whole number, or 0 when it is unset or not one.
std::size_t columns_variable() {
    const char* value = std::getenv("COLUMNS");
    if (value == nullptr || *value == '\0') {
        return 0;
    }
    std::size_t columns = 0;
    for (char c : std::string_view(value)) {
        if (c < '0' || c > '9' || columns > 100000) {
            return 0;
        }
        columns = columns * 10 + static_cast<std::size_t>(c - '0');
    }
    return columns;
}

} // namespace

std::optional<std::size_t> requested_output_width(std::FILE* stream) {
    std::size_t columns = columns_variable();
    if (columns == 0) {
        columns = terminal_columns(stream).value_or(0);
    }
    if (columns == 0) {
        return std::nullopt;
    }
    return std::clamp(columns, min_output_width, max_output_width);
}

std::size_t output_width(std::FILE* stream) {
    return requested_output_width(stream).value_or(default_output_width);
}

} // namespace ladder
