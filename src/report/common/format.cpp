#include "report/common/format.hpp"

#include <array>
#include <utility>

namespace ladder {

namespace {

constexpr std::array<std::pair<Format, std::string_view>, 9> names = {{
    {Format::text, "text"},
    {Format::json, "json"},
    {Format::markdown, "markdown"},
    {Format::csv, "csv"},
    {Format::jsonl, "jsonl"},
    {Format::html, "html"},
    {Format::github, "github"},
    {Format::sarif, "sarif"},
    {Format::junit, "junit"},
}};

} // namespace

std::string_view to_string(Format format) {
    for (const auto& [value, name] : names) {
        if (value == format) {
            return name;
        }
    }
    return "text";
}

std::optional<Format> parse_format(std::string_view name) {
    for (const auto& [value, text] : names) {
        if (text == name) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace ladder
