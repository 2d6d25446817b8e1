#include "report/framework/framework_evidence_schema.hpp"

#include "report/framework/json_schema.hpp"
#include "util/json_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

using Json = nlohmann::ordered_json;

template <typename Items> Json ids_of(const Items& items) {
    Json ids = Json::array();
    for (const auto& item : items) {
        ids.push_back(item.id);
    }
    return ids;
}

// The ids of every criterion, those of levels and those of moves between tracks.
Json criterion_ids(const Framework& framework) {
    Json ids = Json::array();
    for (const auto& level : framework.levels) {
        for (const auto& criterion : level.criteria) {
            ids.push_back(criterion.id);
        }
    }
    for (const auto& transition : framework.transitions) {
        for (const auto& criterion : transition.criteria) {
            ids.push_back(criterion.id);
        }
    }
    return ids;
}

// An id ({"type": "string", ...}) or an id list ({"oneOf": [id, array of id]}) of the generic
// schema, limited to `ids`.
void limit_to(Json& schema, const Json& ids) {
    if (schema.contains("oneOf")) {
        for (auto& option : schema["oneOf"]) {
            limit_to(option.contains("items") ? option["items"] : option, ids);
        }
        return;
    }
    schema["enum"] = ids;
}

} // namespace

std::string framework_evidence_json_schema(const Framework& framework) {
    Json schema = Json::parse(evidence_json_schema(framework.vocabularies));
    schema["title"] =
        fmt::format("ladder evidence file for {} {}", framework.id, framework.version);
    Json& properties = schema["properties"];
    Json tracks = ids_of(framework.tracks);
    Json competencies = ids_of(framework.competencies);
    Json criteria = criterion_ids(framework);
    limit_to(properties["track"], tracks);
    limit_to(properties["level"], ids_of(framework.levels));
    // An interest names a track, or a level (a role) on it.
    Json interests = tracks;
    for (const auto& level : ids_of(framework.levels)) {
        interests.push_back(level);
    }
    limit_to(properties["interests"], interests);
    limit_to(properties["completed"], ids_of(framework.programmes));
    properties["ratings"]["propertyNames"]["enum"] = competencies;
    Json& item = schema["$defs"]["evidence_item"]["properties"];
    limit_to(item["competencies"], competencies);
    limit_to(item["demonstrates"], criteria);
    limit_to(schema["$defs"]["exception"]["properties"]["criterion"], criteria);
    return json_text(schema, 2);
}

} // namespace ladder
