#pragma once
// Findings as SARIF 2.1.0, the format code-scanning services (GitHub code scanning and
// others) read: one run of ladder, one result per diagnostic, with file, line and column.

#include "util/diagnostic.hpp"

#include <map>
#include <string>
#include <vector>

namespace ladder {

// The address SARIF's tool.driver.informationUri points readers to. A placeholder until the
// project has a public home: change it here, in one place.
inline constexpr const char* ladder_information_uri = "https://github.com/ladder-framework/ladder";

// `descriptions` gives rules (diagnostic codes) a sentence; a code without one is described
// by its own words ("unknown-competency" -> "unknown competency").
std::string render_sarif(const std::vector<Diagnostic>& diagnostics,
                         const std::map<std::string, std::string>& descriptions = {});

// A file path as a SARIF artifact URI: relative paths stay relative (to the working
// directory), absolute ones become file:// URIs; characters outside RFC 3986's unreserved set
// and '/' are percent-encoded.
std::string path_to_uri(const std::string& path);

} // namespace ladder
