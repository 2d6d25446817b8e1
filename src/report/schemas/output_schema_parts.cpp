#include "report/schemas/output_schema_parts.hpp"

#include "eval/route.hpp"
#include "report/common/output_format.hpp"
#include "report/common/schema_id.hpp"
#include "util/diagnostic.hpp"

namespace ladder::schema {

Json format_key(std::string_view name) {
    return described("Which document this is and the version of its layout. The version goes up "
                     "when a key is removed, renamed or changes its meaning; never when a key is "
                     "added.",
                     open_object({{"name", {{"const", std::string(name)}}},
                                  {"version", {{"const", json_output_version}}}},
                                 {"name", "version"}));
}

Json output_document(std::string_view name, std::string_view title, std::string_view description,
                     Json body) {
    Json document = {{"$schema", schema_dialect},
                     {"$id", schema_id(name)},
                     {"title", std::string(title)},
                     {"description", std::string(description)}};
    body["properties"] = [&] {
        Json properties = {{"format", format_key("ladder-" + std::string(name))}};
        for (const auto& [key, value] : body["properties"].items()) {
            properties[key] = value;
        }
        return properties;
    }();
    body["required"].insert(body["required"].begin(), "format");
    for (const auto& [key, value] : body.items()) {
        document[key] = value;
    }
    return document;
}

Json target_verdict() {
    std::vector<std::string> names;
    for (TargetVerdict verdict : {TargetVerdict::ready, TargetVerdict::not_ready,
                                  TargetVerdict::steps_away, TargetVerdict::no_route}) {
        names.emplace_back(to_string(verdict));
    }
    return described("The verdict on a target, the same in every command (docs/formats.md, "
                     "'Judging a target'): only ready is ready.",
                     choice_value(names));
}

Json diagnostic() {
    return open_object({{"file", typed("string")},
                        {"line", count()},
                        {"column", count()},
                        {"severity", choice_value({std::string(to_string(Severity::error)),
                                                   std::string(to_string(Severity::warning))})},
                        {"code", typed("string")},
                        {"message", typed("string")}},
                       {"file", "line", "column", "severity", "code", "message"});
}

Json file_error() {
    return open_object({{"file", typed("string")}, {"diagnostics", array_of(diagnostic())}},
                       {"file", "diagnostics"});
}

} // namespace ladder::schema
