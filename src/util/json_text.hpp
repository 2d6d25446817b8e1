#pragma once
// The one way ladder turns a JSON document into text. A string from a file or a file name may
// hold bytes that are not UTF-8; the JSON library throws on them by default, which would end
// the run with nothing printed. Here they become U+FFFD instead.

#include <nlohmann/json.hpp>
#include <string>

namespace ladder {

// indent -1: one line; otherwise pretty-printed with that many spaces.
template <typename Json> std::string json_text(const Json& document, int indent = -1) {
    return document.dump(indent, ' ', false, Json::error_handler_t::replace);
}

} // namespace ladder
