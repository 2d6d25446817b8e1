#include "report/person/route_words.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

std::string route_summary(const Evaluation& evaluation) {
    const Level& target = *evaluation.asked;
    return fmt::format("{} is {} away: the framework defines no move from {} to {}. The way "
                       "there, and where you stand on each step today:",
                       target.id, plural(static_cast<long>(evaluation.route.size()), "step"),
                       evaluation.current->id, target.id);
}

std::string describe_route_step(const Framework& framework, const RouteStep& step) {
    if (step.move == nullptr) {
        const Track* track = framework.find_track(step.to->track.id);
        return "promotion on " + (track ? track->name : step.to->track.id);
    }
    std::string words = "move";
    if (step.move->trial_months) {
        words += fmt::format(", {}-month trial", *step.move->trial_months);
    }
    return words + (step.move->reversible ? ", reversible" : ", not reversible");
}

std::string route_verdict_line(const Evaluation& evaluation) {
    const RouteStep& first = evaluation.route.front();
    return fmt::format("NOT READY for {}: {} away; the next steps below are for the first, {} "
                       "-> {}.",
                       evaluation.asked->id,
                       plural(static_cast<long>(evaluation.route.size()), "step"), first.from->id,
                       first.to->id);
}

std::string no_route_verdict_line(const Evaluation& evaluation) {
    return fmt::format("NO ROUTE to {}: {}.", evaluation.asked->id,
                       no_route_words(evaluation.current->id, evaluation.asked->id));
}

std::vector<std::vector<std::string>> route_table(const Framework& framework,
                                                  const Evaluation& evaluation) {
    std::vector<std::vector<std::string>> rows = {
        {"step", "from", "to", "how", "ready", "met", "progress"}};
    int number = 0;
    for (const auto& step : evaluation.route) {
        const LevelResult& result = step.result;
        rows.push_back({std::to_string(++number), step.from->id, step.to->id,
                        describe_route_step(framework, step), result.ready ? "yes" : "no",
                        fmt::format("{}/{}", result.met, result.total), percent(result.progress)});
    }
    return rows;
}

std::string route_step_standing(const Framework& framework, const RouteStep& step,
                                std::size_t number) {
    const LevelResult& result = step.result;
    std::vector<std::string> met;
    std::vector<std::string> missing;
    for (const auto& criterion : result.criteria) {
        if (counts_as_met(criterion)) {
            met.push_back(criterion.criterion->id);
        } else {
            missing.push_back(fmt::format("{} ({})", criterion.criterion->id,
                                          criterion.criterion->required ? "required" : "optional"));
        }
    }
    std::string words =
        fmt::format("Step {}, {} -> {} ({}): {} of {} criteria met", number, step.from->id,
                    step.to->id, describe_route_step(framework, step), result.met, result.total);
    if (!met.empty()) {
        words += " (" + join(met, ", ") + ")";
    }
    return words + (missing.empty() ? "" : "; missing: " + join(missing, ", "));
}

std::string cross_track_step(const CrossTrackEntry& entry) {
    if (entry.current) {
        return "you";
    }
    return entry.result.transition != nullptr ? "move" : "promotion";
}

} // namespace ladder
