#pragma once
// `ladder schema criteria|evidence`: print the JSON Schema of a file format.

#include "commands/common.hpp"

#include <string>

namespace ladder {

struct SchemaOptions {
    std::string which; // "criteria" or "evidence"
};

// Prints the schema to console.out (exit_ok), with the vocabularies of --criteria if given; an
// unknown `which` or invalid criteria is trouble (exit_trouble).
int run_schema(const CommonOptions& common, const SchemaOptions& options, const Console& console);

} // namespace ladder
