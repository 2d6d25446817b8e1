#include "commands/show_command.hpp"

#include "report/common/output_format.hpp"
#include "report/framework/competency_view.hpp"
#include "report/framework/framework_view.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <ostream>

namespace ladder {

int run_show(const CommonOptions& common, const ShowOptions& options, const Console& console) {
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    if (options.ids) {
        auto ids = *options.ids == "levels"   ? framework.level_ids()
                   : *options.ids == "tracks" ? framework.track_ids()
                                              : framework.competency_ids();
        for (const auto& id : ids) {
            console.out << id << "\n";
        }
        return exit_ok;
    }
    const Level* level = options.what ? framework.find_level(*options.what) : nullptr;
    const Track* track = options.what ? framework.find_track(*options.what) : nullptr;
    const Competency* competency =
        options.what ? framework.find_competency(*options.what) : nullptr;
    if (options.what && !level && !track && !competency) {
        auto known = framework.track_ids();
        auto levels = framework.level_ids();
        auto competencies = framework.competency_ids();
        known.insert(known.end(), levels.begin(), levels.end());
        known.insert(known.end(), competencies.begin(), competencies.end());
        console.err << fmt::format("ladder: error: unknown track, level or competency '{}'{}; "
                                   "expected one of {}\n",
                                   *options.what, did_you_mean(*options.what, known),
                                   join(known, ", "));
        return exit_trouble;
    }
    if (competency && !level && !track) {
        if (options.format != Format::text) {
            console.err << "ladder: error: show COMPETENCY prints text only; expected no "
                           "--format, or --format text\n";
            return exit_trouble;
        }
        console.out << render_competency_text(framework, *competency, console.out_style,
                                              console.out_width);
        return exit_ok;
    }
    switch (options.format) {
    case Format::json:
        console.out << json_text(level ? with_output_format("ladder-level",
                                                            level_to_json(framework, *level))
                                       : with_output_format("ladder-framework",
                                                            framework_to_json(framework)),
                                 2)
                    << "\n";
        break;
    case Format::markdown:
        console.out << (level   ? render_level_markdown(framework, *level)
                        : track ? render_track_markdown(framework, *track)
                                : render_framework_markdown(framework));
        break;
    default:
        const std::size_t width = console.out_width;
        console.out << (level   ? render_level_text(framework, *level, console.out_style, width)
                        : track ? render_track_text(framework, *track, console.out_style, width)
                                : render_framework_text(framework, console.out_style, width));
    }
    return exit_ok;
}

} // namespace ladder
