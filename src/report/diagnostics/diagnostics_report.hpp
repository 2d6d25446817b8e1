#pragma once
// Diagnostics as text (compiler style, with the source line and a caret on a terminal),
// JSON, and GitHub workflow commands.

#include "load/source_text.hpp"
#include "util/diagnostic.hpp"
#include "util/terminal.hpp"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ladder {

struct DiagnosticsTextOptions {
    Style style;
    bool show_source = false; // the offending line and a caret under the column
};

// path:line:column: error: message [code]
std::string render_diagnostics_text(const std::vector<Diagnostic>& diagnostics,
                                    const std::vector<SourceText>& sources,
                                    const DiagnosticsTextOptions& options);
// One diagnostic as one line of plain text, without its line break: what a batch row or a
// candidates record shows of the error that stopped a file.
std::string render_diagnostic_line(const Diagnostic& diagnostic);
nlohmann::ordered_json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics);
std::string render_diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                                    std::size_t files_checked);
// ::error file=path,line=1,col=2,title=code::message
std::string render_diagnostics_github(const std::vector<Diagnostic>& diagnostics);

// "3 errors and 1 warning in 5 files" / "no problems in 5 files".
std::string diagnostics_summary(const std::vector<Diagnostic>& diagnostics,
                                std::size_t files_checked);

} // namespace ladder
