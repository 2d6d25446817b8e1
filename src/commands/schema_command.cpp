#include "commands/schema_command.hpp"

#include "report/framework/framework_evidence_schema.hpp"
#include "report/framework/json_schema.hpp"
#include "report/framework/other_schemas.hpp"
#include "report/schemas/output_schemas.hpp"

#include <ostream>

namespace ladder {

int run_schema(const CommonOptions& common, const SchemaOptions& options, const Console& console) {
    if (auto output_schema = output_json_schema(options.which)) {
        console.out << *output_schema << '\n';
        return exit_ok;
    }
    if (options.which == "test-suite" || options.which == "openings") {
        console.out << (options.which == "openings" ? openings_json_schema()
                                                    : test_suite_json_schema())
                    << '\n';
        return exit_ok;
    }
    if (options.which != "criteria" && options.which != "evidence") {
        console.err << "ladder: error: schema: expected criteria, evidence, test-suite, "
                       "openings or a JSON output's name, found '"
                    << options.which << "'\n";
        return exit_trouble;
    }
    if (!common.criteria) {
        console.out << (options.which == "criteria" ? criteria_json_schema()
                                                    : evidence_json_schema())
                    << '\n';
        return exit_ok;
    }
    // A framework with its own vocabularies has its own schemas; the evidence schema also
    // lists the framework's ids, so an editor completes and checks them.
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    console.out << (options.which == "criteria" ? criteria_json_schema(framework.vocabularies)
                                                : framework_evidence_json_schema(framework))
                << '\n';
    return exit_ok;
}

} // namespace ladder
