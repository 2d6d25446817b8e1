#include "commands/schema_command.hpp"

#include "report/framework/json_schema.hpp"

#include <ostream>

namespace ladder {

int run_schema(const SchemaOptions& options, const Console& console) {
    if (options.which == "criteria") {
        console.out << criteria_json_schema() << '\n';
        return exit_ok;
    }
    if (options.which == "evidence") {
        console.out << evidence_json_schema() << '\n';
        return exit_ok;
    }
    console.err << "ladder: error: schema: expected criteria or evidence, found '" << options.which
                << "'\n";
    return exit_trouble;
}

} // namespace ladder
