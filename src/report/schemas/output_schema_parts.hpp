#pragma once
// Pieces every output schema uses: the document's frame (dialect, id, the format key) and open
// objects (required keys, new keys allowed).

#include "report/framework/json_schema_builders.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ladder::schema {

// An object with these properties, these required, and room for keys added later.
inline Json open_object(Json properties, std::vector<std::string> required) {
    Json object = {{"type", "object"}, {"properties", std::move(properties)}};
    object["required"] = std::move(required);
    return object;
}

inline Json array_of(const Json& items) {
    return {{"type", "array"}, {"items", items}};
}

// `schema`, or null for "nothing".
inline Json or_null(const Json& schema) {
    return {{"anyOf", Json::array({schema, {{"type", "null"}}})}};
}

inline Json typed(std::string_view type) {
    return {{"type", std::string(type)}};
}

// Text where there may be nothing: null then, never "".
inline Json text_or_null() {
    return or_null({{"type", "string"}, {"minLength", 1}});
}

inline Json count() {
    return {{"type", "integer"}, {"minimum", 0}};
}

// Progress towards a level: a share from 0 to 1, rounded down to 3 decimals, in every output.
inline Json progress() {
    return {{"type", "number"}, {"minimum", 0}, {"maximum", 1}};
}

// The `format` key every output opens with (report/common/output_format.hpp).
Json format_key(std::string_view name);

// A whole output document: `body` (an open object) framed with $schema, $id, title and the
// format key, which it requires.
Json output_document(std::string_view name, std::string_view title, std::string_view description,
                     Json body);

// The verdict on a target, the same in every command (eval/route: TargetVerdict): "ready",
// "not_ready", "steps_away", "no_route".
Json target_verdict();

// A diagnostic as every output prints it (report/diagnostics: diagnostics_to_json).
Json diagnostic();

// A file that could not be read: its path and why (the `errors` of evaluate, place, diff).
Json file_error();

} // namespace ladder::schema
