#pragma once
// Who said so: where a person's ratings, endorsements and approvals come from (confirmed,
// claimed, self-assessed, unattributed: model/provenance.hpp), and which of them count, the same
// words in every format of the gap report.

#include "model/framework.hpp"
#include "model/person.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace ladder {

// "ratings 7 claimed; endorsements 2 confirmed, 11 claimed, 1 self-assessed (not counted)";
// empty when the file has no rating, endorsement or exception.
std::string statement_sources_summary(const Person& person);

// Every rating, endorsement and approval with its source and whether it counts:
// {"ratings": [...], "endorsements": [...], "approvals": [...]}.
nlohmann::ordered_json statement_sources_json(const Person& person);

// A Markdown section ("## Who said so") listing them; empty when there is nothing to list.
std::string statement_sources_markdown(const Framework& framework, const Person& person);

// An HTML section with the same table; empty when there is nothing to list.
std::string statement_sources_html(const Framework& framework, const Person& person);

} // namespace ladder
