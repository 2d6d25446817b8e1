#include "report/diagnostics/sarif.hpp"

#include "report/diagnostics/diagnostic_codes.hpp"
#include "util/json_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>

namespace ladder {

namespace {

using ordered_json = nlohmann::ordered_json;

bool is_unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/';
}

// The rules of a run: every diagnostic code once, sorted, so results can name them by index.
std::vector<std::string> rule_ids(const std::vector<Diagnostic>& diagnostics) {
    std::set<std::string> codes;
    for (const auto& diagnostic : diagnostics) {
        codes.insert(diagnostic.code);
    }
    return {codes.begin(), codes.end()};
}

ordered_json rules_json(const std::vector<std::string>& ids) {
    ordered_json rules = ordered_json::array();
    for (const auto& id : ids) {
        CodeText text = describe_code(id);
        rules.push_back({{"id", id},
                         {"shortDescription", {{"text", text.summary}}},
                         {"fullDescription", {{"text", text.description}}},
                         {"help", {{"text", text.help}}}});
    }
    return rules;
}

ordered_json location_json(const Location& where) {
    ordered_json physical = {{"artifactLocation", {{"uri", path_to_uri(where.file)}}}};
    // Line 0 means the whole file: SARIF then has no region (lines and columns start at 1).
    if (where.line > 0) {
        physical["region"] = {{"startLine", where.line},
                              {"startColumn", std::max(1, where.column)}};
    }
    return {{"physicalLocation", physical}};
}

ordered_json result_json(const Diagnostic& diagnostic, const std::vector<std::string>& ids) {
    auto index = std::find(ids.begin(), ids.end(), diagnostic.code) - ids.begin();
    return {{"ruleId", diagnostic.code},
            {"ruleIndex", index},
            {"level", diagnostic.severity == Severity::error ? "error" : "warning"},
            {"message", {{"text", diagnostic.message}}},
            {"locations", ordered_json::array({location_json(diagnostic.where)})}};
}

} // namespace

std::string path_to_uri(const std::string& path) {
    std::string uri = !path.empty() && path.front() == '/' ? "file://" : "";
    for (unsigned char c : path) {
        uri += is_unreserved(c) ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return uri;
}

std::string render_sarif(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> ids = rule_ids(diagnostics);
    ordered_json results = ordered_json::array();
    for (const auto& diagnostic : diagnostics) {
        results.push_back(result_json(diagnostic, ids));
    }
    ordered_json driver = {
        {"name", "ladder"}, {"version", LADDER_VERSION}, {"rules", rules_json(ids)}};
    ordered_json log = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", ordered_json::array({{{"tool", {{"driver", driver}}}, {"results", results}}})}};
    return json_text(log, 2) + "\n";
}

} // namespace ladder
