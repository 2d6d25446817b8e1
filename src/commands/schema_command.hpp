#pragma once
// `ladder schema criteria|evidence|test-suite|openings`: print the JSON Schema of a file
// format; with --criteria, the evidence schema lists that framework's ids.

#include "commands/common.hpp"

#include <string>

namespace ladder {

struct SchemaOptions {
    std::string which; // "criteria", "evidence", "test-suite" or "openings"
};

// Prints the schema to console.out (exit_ok): with --criteria, the criteria and evidence schemas
// use that framework's vocabularies, and the evidence schema lists its ids; an unknown `which`
// or invalid criteria is trouble (exit_trouble).
int run_schema(const CommonOptions& common, const SchemaOptions& options, const Console& console);

} // namespace ladder
