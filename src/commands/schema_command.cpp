#include "commands/schema_command.hpp"

#include "report/framework/framework_evidence_schema.hpp"
#include "report/framework/json_schema.hpp"
#include "report/framework/other_schemas.hpp"

#include <ostream>

namespace ladder {

int run_schema(const CommonOptions& common, const SchemaOptions& options, const Console& console) {
    if (options.which == "criteria" && !common.criteria) {
        console.out << criteria_json_schema() << '\n';
        return exit_ok;
    }
    if (options.which == "criteria") {
        console.err << "ladder: error: schema: --criteria narrows the evidence schema to a "
                       "framework's ids; the criteria schema has none to narrow\n";
        return exit_trouble;
    }
    if (options.which == "evidence" && !common.criteria) {
        console.out << evidence_json_schema() << '\n';
        return exit_ok;
    }
    if (options.which == "evidence") {
        auto criteria = load_valid_criteria(common, console);
        if (!criteria) {
            return exit_trouble;
        }
        console.out << framework_evidence_json_schema(criteria->framework) << '\n';
        return exit_ok;
    }
    if (options.which == "test-suite" || options.which == "openings") {
        console.out << (options.which == "openings" ? openings_json_schema()
                                                    : test_suite_json_schema())
                    << '\n';
        return exit_ok;
    }
    console.err << "ladder: error: schema: expected criteria, evidence, test-suite or openings, "
                   "found '"
                << options.which << "'\n";
    return exit_trouble;
}

} // namespace ladder
