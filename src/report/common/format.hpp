#pragma once
// The output formats. Each command accepts the subset that fits it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

enum class Format { text, json, markdown, csv, jsonl, html, github, sarif, junit };

std::string_view to_string(Format format);
std::optional<Format> parse_format(std::string_view name);

} // namespace ladder
