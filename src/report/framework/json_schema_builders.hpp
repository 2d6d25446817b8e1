#pragma once
// Small builders of JSON Schema fragments, shared by the criteria and evidence schemas.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace ladder::schema {

using Json = nlohmann::ordered_json;

inline const char* const schema_dialect = "https://json-schema.org/draft/2020-12/schema";
inline const char* const id_pattern = "^[A-Za-z0-9._-]+$";
inline const char* const framework_id_pattern = "^[a-z0-9_-]+$";
inline const char* const date_pattern = "^\\d{4}-\\d{2}-\\d{2}$";
// A rating as a map key (the scale, a competency's ratings): a whole number from 0 to 100.
inline const char* const rating_key_pattern = "^(0|[1-9][0-9]?|100)$";

// `schema` with `description` as its first key, so editors and readers see it first.
inline Json described(std::string_view description, const Json& schema) {
    Json result = Json::object();
    result["description"] = description;
    for (const auto& [key, value] : schema.items()) {
        result[key] = value;
    }
    return result;
}

inline Json def_ref(std::string_view name) {
    return {{"$ref", "#/$defs/" + std::string(name)}};
}

inline Json def_ref(std::string_view name, std::string_view description) {
    return described(description, def_ref(name));
}

inline Json text(std::string_view description) {
    return described(description, {{"type", "string"}});
}

// Required text must not be empty either.
inline Json required_text(std::string_view description) {
    return described(description, {{"type", "string"}, {"minLength", 1}});
}

// One line of plain text (names, titles): no line break, control character or bidirectional
// formatting character, as the loaders check (yaml/map_reader's `line`).
inline constexpr std::string_view one_line_pattern =
    "^[^\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]*$";

inline Json line_text(std::string_view description) {
    return described(description, {{"type", "string"}, {"pattern", one_line_pattern}});
}

inline Json required_line(std::string_view description) {
    return described(description,
                     {{"type", "string"}, {"minLength", 1}, {"pattern", one_line_pattern}});
}

inline Json id_value() {
    return {{"type", "string"}, {"pattern", id_pattern}};
}

inline Json id(std::string_view description) {
    return described(description, id_value());
}

// An id or a list of ids (the loaders accept both wherever they read a list of ids).
inline Json id_list(std::string_view description) {
    return described(description,
                     {{"oneOf", {id_value(), {{"type", "array"}, {"items", id_value()}}}}});
}

inline Json text_list(std::string_view description) {
    Json text_value = {{"type", "string"}, {"pattern", one_line_pattern}};
    return described(description,
                     {{"oneOf", {text_value, {{"type", "array"}, {"items", text_value}}}}});
}

inline Json choice_value(const std::vector<std::string>& choices) {
    return {{"type", "string"}, {"enum", choices}};
}

inline Json choice(std::string_view description, const std::vector<std::string>& choices) {
    return described(description, choice_value(choices));
}

// One of a vocabulary, or a list of them ("any of these").
inline Json choice_list(std::string_view description, const std::vector<std::string>& choices) {
    return described(description, {{"oneOf",
                                    {choice_value(choices),
                                     {{"type", "array"}, {"items", choice_value(choices)}}}}});
}

inline Json whole_number(std::string_view description, long long min, long long max) {
    return described(description, {{"type", "integer"}, {"minimum", min}, {"maximum", max}});
}

inline Json date(std::string_view description) {
    return described(description,
                     {{"type", "string"}, {"format", "date"}, {"pattern", date_pattern}});
}

inline Json boolean(std::string_view description) {
    return described(description, {{"type", "boolean"}});
}

inline Json closed_object(Json properties, std::vector<std::string> required = {}) {
    Json object = {{"type", "object"}, {"properties", std::move(properties)}};
    if (!required.empty()) {
        object["required"] = std::move(required);
    }
    object["additionalProperties"] = false;
    return object;
}

// A map whose keys are ids and whose values follow the $defs entry `value`.
inline Json id_map(std::string_view description, std::string_view value) {
    return described(description, {{"type", "object"},
                                   {"propertyNames", {{"pattern", id_pattern}}},
                                   {"additionalProperties", def_ref(value)}});
}

// A map of rating (a whole number) to text: the scale, or what each rating of a competency means.
inline Json rating_map(std::string_view description, std::string_view value_description) {
    return described(description, {{"type", "object"},
                                   {"propertyNames", {{"pattern", rating_key_pattern}}},
                                   {"additionalProperties", text(value_description)}});
}

} // namespace ladder::schema
