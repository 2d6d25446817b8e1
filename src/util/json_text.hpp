#pragma once
// The one way ladder turns a JSON document into text. A string from a file or a file name may
// hold bytes that are not UTF-8; the JSON library throws on them by default, which would end
// the run with nothing printed. Here they become U+FFFD instead.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ladder {

// indent -1: one line; otherwise pretty-printed with that many spaces.
template <typename Json> std::string json_text(const Json& document, int indent = -1) {
    return document.dump(indent, ' ', false, Json::error_handler_t::replace);
}

// json_text(value) on one line, appended to `out`: the same bytes, written directly where that
// is plain (null, booleans, whole numbers, text of printable ASCII with nothing to escape; the
// library's serializer escapes text byte by byte), through json_text otherwise. For the records
// a batch writes by the thousand.
void append_json_text(std::string& out, const nlohmann::ordered_json& value);
// A JSON string holding `text`, as json_text would print it.
void append_json_string(std::string& out, std::string_view text);

} // namespace ladder
