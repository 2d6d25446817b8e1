#include "commands/template_command.hpp"

#include "report/framework/evidence_template.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <ostream>

namespace ladder {

int run_template(const CommonOptions& common, const TemplateOptions& options,
                 const Console& console) {
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    const Level* level = framework.find_level(options.level);
    if (!level) {
        console.err << fmt::format(
            "ladder: error: unknown level '{}'{}; expected one of {}\n", options.level,
            did_you_mean(options.level, framework.level_ids()), join(framework.level_ids(), ", "));
        return exit_trouble;
    }
    console.out << render_evidence_template(framework, *level);
    return exit_ok;
}

} // namespace ladder
