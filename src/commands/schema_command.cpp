#include "commands/schema_command.hpp"

#include "report/framework/json_schema.hpp"

#include <ostream>

namespace ladder {

int run_schema(const CommonOptions& common, const SchemaOptions& options, const Console& console) {
    if (options.which != "criteria" && options.which != "evidence") {
        console.err << "ladder: error: schema: expected criteria or evidence, found '"
                    << options.which << "'\n";
        return exit_trouble;
    }
    // A framework with its own vocabularies has its own schema; without --criteria, the
    // default words (those of the built-in framework).
    Vocabularies vocabularies = Vocabularies::defaults();
    if (common.criteria) {
        auto criteria = load_valid_criteria(common, console);
        if (!criteria) {
            return exit_trouble;
        }
        vocabularies = criteria->framework.vocabularies;
    }
    console.out << (options.which == "criteria" ? criteria_json_schema(vocabularies)
                                                : evidence_json_schema(vocabularies))
                << '\n';
    return exit_ok;
}

} // namespace ladder
