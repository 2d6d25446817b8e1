#pragma once
// Every JSON document ladder prints opens with the same key, `"format": {"name": NAME,
// "version": N}`, so a script can tell which document it reads and whether it knows its layout.
// The version goes up when a key is removed or renamed or changes its meaning; adding a key does
// not (README.md, "JSON outputs"). `ladder schema NAME` prints each document's JSON Schema.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ladder {

inline constexpr int json_output_version = 1;

inline nlohmann::ordered_json output_format(std::string_view name) {
    return {{"name", std::string(name)}, {"version", json_output_version}};
}

// "Nothing" is null in every JSON output, never "".
inline nlohmann::ordered_json text_or_null(const std::string& text) {
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

// `document` (an object) with the format key first. Taken by value so that a document built
// for the purpose is moved, not copied.
inline nlohmann::ordered_json with_output_format(std::string_view name,
                                                 nlohmann::ordered_json document) {
    nlohmann::ordered_json result = {{"format", output_format(name)}};
    if (!document.is_object()) {
        for (auto& [key, value] : document.items()) {
            result[key] = std::move(value);
        }
        return result;
    }
    auto& fields = result.get_ref<nlohmann::ordered_json::object_t&>();
    auto& given = document.get_ref<nlohmann::ordered_json::object_t&>();
    fields.reserve(given.size() + 1);
    for (auto& [key, value] : given) {
        fields.emplace_back(key, std::move(value)); // keys are unique already: no lookup
    }
    return result;
}

} // namespace ladder
