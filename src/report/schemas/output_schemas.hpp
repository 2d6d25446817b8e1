#pragma once
// JSON Schemas of the documents ladder prints (`--format json`), one per document name, printed
// by `ladder schema NAME`. Each is strict where the document is stable (required keys, types,
// the values of enums) and open to new keys: adding a key does not change a document's version
// (report/common/output_format.hpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// The names `ladder schema` accepts for outputs, in the order help lists them.
const std::vector<std::string>& output_schema_names();

// The schema of the output `name`; nothing when no output has that name.
std::optional<std::string> output_json_schema(std::string_view name);

} // namespace ladder
