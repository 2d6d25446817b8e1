#include "commands/common.hpp"

#include "check/framework_checks.hpp"
#include "load/criteria_loader.hpp"
#include "report/diagnostics/diagnostics_report.hpp"

#include <ostream>

namespace ladder {

bool is_unreadable_code(std::string_view code) {
    return code == "unreadable-file" || code == "unreadable-path";
}

LoadedCriteria load_criteria(const std::optional<std::string>& path, const InputLimits& limits) {
    LoadedCriteria loaded;
    loaded.sources = path ? read_sources(*path, limits, loaded.diagnostics) : embedded_sources();
    for (const auto& diagnostic : loaded.diagnostics.items()) {
        loaded.unreadable = loaded.unreadable || is_unreadable_code(diagnostic.code);
    }
    if (path && loaded.sources.empty() && !loaded.unreadable) {
        loaded.diagnostics.error({*path, 0, 0}, "unreadable-path",
                                 "expected a YAML file or a directory with *.yaml files, found "
                                 "no YAML files");
        loaded.unreadable = true;
    }
    if (loaded.unreadable) {
        return loaded;
    }
    loaded.framework = load_framework(loaded.sources, limits, loaded.diagnostics);
    check_framework(loaded.framework, loaded.diagnostics);
    return loaded;
}

std::optional<LoadedCriteria> load_valid_criteria(const CommonOptions& options,
                                                  const Console& console) {
    LoadedCriteria loaded = load_criteria(options.criteria, options.limits);
    if (!loaded.diagnostics.has_errors()) {
        return loaded;
    }
    std::vector<Diagnostic> errors;
    for (const auto& diagnostic : loaded.diagnostics.sorted()) {
        if (diagnostic.severity == Severity::error) {
            errors.push_back(diagnostic);
        }
    }
    console.err << render_diagnostics_text(errors, loaded.sources,
                                           {console.err_style, console.err_is_terminal});
    console.err << "ladder: error: the criteria have errors; run 'ladder validate"
                << (options.criteria ? " " + *options.criteria : std::string()) << "'\n";
    return std::nullopt;
}

std::optional<Date> parse_as_of(const std::optional<std::string>& text, const Console& console) {
    if (!text) {
        return Date::today();
    }
    auto date = Date::parse(*text);
    if (!date) {
        console.err << "ladder: error: --as-of: expected a calendar date YYYY-MM-DD, found '"
                    << *text << "'\n";
    }
    return date;
}

} // namespace ladder
