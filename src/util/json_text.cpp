#include "util/json_text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

// Printable ASCII with no quote or backslash: written as it is, between quotes.
bool is_plain(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
}

void append_digits(std::string& out, const fmt::format_int& number) {
    out.append(number.data(), number.size());
}

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    if (!is_plain(text)) {
        out += json_text(nlohmann::ordered_json(std::string(text)));
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

void append_json_text(std::string& out, const nlohmann::ordered_json& value) {
    using value_t = nlohmann::ordered_json::value_t;
    switch (value.type()) {
    case value_t::null:
        out += "null";
        return;
    case value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case value_t::number_integer:
        append_digits(out, fmt::format_int(value.get<std::int64_t>()));
        return;
    case value_t::number_unsigned:
        append_digits(out, fmt::format_int(value.get<std::uint64_t>()));
        return;
    case value_t::string:
        append_json_string(out, value.get_ref<const std::string&>());
        return;
    case value_t::array: {
        out += '[';
        bool first = true;
        for (const auto& item : value) {
            out += first ? "" : ",";
            first = false;
            append_json_text(out, item);
        }
        out += ']';
        return;
    }
    case value_t::object: {
        out += '{';
        bool first = true;
        for (const auto& [key, item] : value.items()) {
            out += first ? "" : ",";
            first = false;
            append_json_string(out, key);
            out += ':';
            append_json_text(out, item);
        }
        out += '}';
        return;
    }
    default: // floating point numbers, binary: as the library prints them
        out += json_text(value);
        return;
    }
}

} // namespace ladder
