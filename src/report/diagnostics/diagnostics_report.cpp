#include "report/diagnostics/diagnostics_report.hpp"

#include "report/common/output_format.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

// A file name may hold a line break or an escape sequence: shown visibly, it cannot forge a
// diagnostic line or drive the terminal.
std::string position(const Diagnostic& diagnostic) {
    if (diagnostic.where.line == 0) {
        return visible_text(diagnostic.where.file);
    }
    return fmt::format("{}:{}:{}", visible_text(diagnostic.where.file), diagnostic.where.line,
                       diagnostic.where.column);
}

// GitHub workflow command values escape %, CR and LF; properties also ':' and ','.
std::string escape_github(std::string_view text, bool property) {
    std::string result;
    for (char c : text) {
        switch (c) {
        case '%':
            result += "%25";
            break;
        case '\r':
            result += "%0D";
            break;
        case '\n':
            result += "%0A";
            break;
        case ':':
            result += property ? "%3A" : ":";
            break;
        case ',':
            result += property ? "%2C" : ",";
            break;
        default:
            result += c;
        }
    }
    return result;
}

// A source line shown under a diagnostic, tabs kept for the caret below it.
std::string visible_line(std::string_view line) {
    std::string shown;
    for (std::size_t start = 0; start <= line.size();) {
        auto tab = std::min(line.find('\t', start), line.size());
        shown += visible_text(line.substr(start, tab - start));
        if (tab < line.size()) {
            shown += '\t';
        }
        start = tab + 1;
    }
    return shown;
}

} // namespace

std::string render_diagnostics_text(const std::vector<Diagnostic>& diagnostics,
                                    const std::vector<SourceText>& sources,
                                    const DiagnosticsTextOptions& options) {
    const Style& style = options.style;
    std::string out;
    SourceLines lines(sources);
    for (const auto& diagnostic : diagnostics) {
        std::string severity(to_string(diagnostic.severity));
        severity = diagnostic.severity == Severity::error ? style.red(severity + ":")
                                                          : style.yellow(severity + ":");
        out += fmt::format("{}: {} {} [{}]\n", style.bold(position(diagnostic)), severity,
                           visible_text(diagnostic.message), diagnostic.code);
        if (!options.show_source || diagnostic.where.line == 0) {
            continue;
        }
        std::string_view line = lines.line(diagnostic.where.file, diagnostic.where.line);
        if (line.ends_with('\r')) {
            line.remove_suffix(1); // a CRLF line ending
        }
        if (line.empty()) {
            continue;
        }
        // Tabs are kept so the caret lines up under the same column; any other control
        // character is shown escaped, and the caret moves past its escape.
        auto column = static_cast<std::size_t>(std::max(diagnostic.where.column, 1) - 1);
        std::string before_caret = visible_line(line.substr(0, std::min(column, line.size())));
        std::string pad;
        for (char c : before_caret) {
            pad += c == '\t' ? '\t' : ' ';
        }
        std::string shown = visible_line(line);
        out += fmt::format("  {}\n  {}{}\n", shown, pad, style.green("^"));
    }
    return out;
}

std::string render_diagnostic_line(const Diagnostic& diagnostic) {
    std::string line = render_diagnostics_text({diagnostic}, {}, {Style(false), false});
    return line.substr(0, line.find('\n'));
}

nlohmann::ordered_json diagnostics_to_json(const std::vector<Diagnostic>& diagnostics) {
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const auto& diagnostic : diagnostics) {
        items.push_back({{"file", diagnostic.where.file},
                         {"line", diagnostic.where.line},
                         {"column", diagnostic.where.column},
                         {"severity", to_string(diagnostic.severity)},
                         {"code", diagnostic.code},
                         {"message", diagnostic.message}});
    }
    return items;
}

std::string render_diagnostics_json(const std::vector<Diagnostic>& diagnostics,
                                    std::size_t files_checked) {
    auto errors = static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
    nlohmann::ordered_json document = {{"files_checked", files_checked},
                                       {"errors", errors},
                                       {"warnings", diagnostics.size() - errors},
                                       {"diagnostics", diagnostics_to_json(diagnostics)}};
    return json_text(with_output_format("ladder-diagnostics", document), 2) + "\n";
}

std::string render_diagnostics_github(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const auto& diagnostic : diagnostics) {
        std::string properties =
            fmt::format("file={}", escape_github(visible_text(diagnostic.where.file), true));
        if (diagnostic.where.line > 0) {
            properties +=
                fmt::format(",line={},col={}", diagnostic.where.line, diagnostic.where.column);
        }
        properties += fmt::format(",title={}", escape_github(diagnostic.code, true));
        out += fmt::format("::{} {}::{}\n", to_string(diagnostic.severity), properties,
                           escape_github(visible_text(diagnostic.message), false));
    }
    return out;
}

std::string diagnostics_summary(const std::vector<Diagnostic>& diagnostics,
                                std::size_t files_checked) {
    auto errors = static_cast<long>(
        std::count_if(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
    auto warnings = static_cast<long>(diagnostics.size()) - errors;
    std::string files = plural(static_cast<long>(files_checked), "file");
    if (errors == 0 && warnings == 0) {
        return fmt::format("no problems in {}", files);
    }
    return fmt::format("{} and {} in {}", plural(errors, "error"), plural(warnings, "warning"),
                       files);
}

} // namespace ladder
