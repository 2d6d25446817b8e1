#pragma once
// The `$id` of every JSON Schema ladder prints. A URN rather than a web address: no server
// answers for the schemas, and an address that resolves nowhere would promise a download that
// never comes. The name is the one `ladder schema NAME` takes, so the identifier stays the same
// from release to release and says where to get the schema.

#include <string>
#include <string_view>

namespace ladder {

inline std::string schema_id(std::string_view name) {
    return "urn:ladder:schema:" + std::string(name);
}

} // namespace ladder
