#include "commands/show_command.hpp"

#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_summary.hpp"
#include "report/common/output_format.hpp"
#include "report/framework/competency_view.hpp"
#include "report/framework/framework_view.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace ladder {

namespace {

// The ids `show --ids KIND` prints: the framework's levels, tracks or competencies; the columns
// of `batch --columns` (a `label.KEY` one per label the framework lists, before `error`); the
// fields of `batch --summary --by` (with the labels' keys).
std::vector<std::string> ids_of(const Framework& framework, const std::string& kind) {
    if (kind == "levels") {
        return framework.level_ids();
    }
    if (kind == "tracks") {
        return framework.track_ids();
    }
    if (kind == "competencies") {
        return framework.competency_ids();
    }
    const auto& labels = framework.people.labels;
    if (kind == "columns") {
        std::vector<std::string> columns = batch_column_names();
        auto error = std::find(columns.begin(), columns.end(), "error");
        std::vector<std::string> label_columns;
        for (const auto& label : labels) {
            label_columns.push_back(std::string(label_column_prefix) + label);
        }
        columns.insert(error, label_columns.begin(), label_columns.end());
        return columns;
    }
    std::vector<std::string> fields = summary_group_columns();
    fields.insert(fields.end(), labels.begin(), labels.end());
    return fields;
}

} // namespace

int run_show(const CommonOptions& common, const ShowOptions& options, const Console& console) {
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    if (options.ids) {
        for (const auto& id : ids_of(framework, *options.ids)) {
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
