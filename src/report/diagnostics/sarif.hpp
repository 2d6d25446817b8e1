#pragma once
// Findings as SARIF 2.1.0, the format code-scanning services (GitHub code scanning and
// others) read: one run of ladder, one result per diagnostic, with file, line and column.

#include "util/diagnostic.hpp"

#include <string>
#include <vector>

namespace ladder {

// Each rule (diagnostic code) comes with its short and full description and help text
// (report/diagnostic_codes.hpp). tool.driver has no informationUri: the project has no public
// address yet, and a made-up one would send readers nowhere.
std::string render_sarif(const std::vector<Diagnostic>& diagnostics);

// A file path as a SARIF artifact URI: relative paths stay relative (to the working
// directory), absolute ones become file:// URIs; characters outside RFC 3986's unreserved set
// and '/' are percent-encoded.
std::string path_to_uri(const std::string& path);

} // namespace ladder
