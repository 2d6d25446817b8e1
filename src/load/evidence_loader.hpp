#pragma once
// An evidence file (one person) -> Person. Only the file's own structure is checked here;
// check/evidence_checks.hpp checks it against a framework.

#include "load/source_text.hpp"
#include "model/person.hpp"
#include "yaml/limits.hpp"

#include <optional>

namespace ladder {

// nullopt when the file cannot be read as an evidence file at all; a Person may still come
// with errors in the diagnostics (the caller decides whether to evaluate it). Item types,
// kinds, roles and scopes must be words of `vocabularies` (the framework's).
std::optional<Person> load_person(const SourceText& source, const InputLimits& limits,
                                  Diagnostics& diagnostics,
                                  const Vocabularies& vocabularies = Vocabularies::defaults());

} // namespace ladder
