#pragma once
// JSON Schemas (draft 2020-12) of the two file formats of docs/formats.md, for editors (YAML
// language servers) and other tools. Built from the same vocabularies and rule table the
// loaders use, so a new rule kind or evidence type shows up here too.

#include "model/vocabularies.hpp"

#include <string>

namespace ladder {

// The schema of a criteria file. A file may hold only some sections (a directory's files are
// merged), so no top-level key is required.
std::string criteria_json_schema(const Vocabularies& vocabularies = Vocabularies::defaults());

// The schema of an evidence file (one person).
std::string evidence_json_schema(const Vocabularies& vocabularies = Vocabularies::defaults());

} // namespace ladder
