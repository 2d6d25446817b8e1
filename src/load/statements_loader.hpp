#pragma once
// Reading a statements file: what one person (`statements: by:`) says about others, by their
// ids (`about:`): ratings per competency, the evidence items they endorse, the exceptions they
// approve.

#include "load/source_text.hpp"
#include "model/statements.hpp"
#include "yaml/limits.hpp"

namespace ladder {

// Appends the file's statements to `statements` (call Statements::index once all are read).
// False when the file has errors (reported to `diagnostics`).
bool load_statements(const SourceText& source, const InputLimits& limits, Statements& statements,
                     Diagnostics& diagnostics);

} // namespace ladder
