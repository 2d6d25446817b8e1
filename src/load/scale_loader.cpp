#include "load/scale_loader.hpp"

#include "yaml/map_reader.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

struct Step {
    int rating = 0;
    std::string label;
    std::optional<int> points;
    YamlNode key;
};

// A step is its label (`3: Proficient`) or a map (`3: {label: Proficient, points: 6}`).
std::optional<Step> read_step(const YamlFile& file, const YamlNode& key, const YamlNode& value) {
    auto rating = read_whole_number(file, key, "scale rating", 0, 100);
    if (!rating) {
        return std::nullopt;
    }
    Step step{static_cast<int>(*rating), "", std::nullopt, key};
    if (!value.IsMap()) {
        // A label is one line of plain text, like a name.
        auto label = read_text(file, value, "scale");
        if (!label || !is_single_line(file, value, "scale", *label)) {
            return std::nullopt;
        }
        step.label = *label;
        return step;
    }
    MapReader map(file, value, fmt::format("scale step {}", *rating), {"label", "points"});
    auto label = map.line("label", true);
    auto points = map.whole_number("points", false, 0, 100000);
    if (!label) {
        return std::nullopt;
    }
    step.label = *label;
    if (points) {
        step.points = static_cast<int>(*points);
    }
    return step;
}

// Points are all or nothing, and never fall as the steps rise: a higher rating is never
// worth less.
void check_points(const YamlFile& file, const std::vector<Step>& steps) {
    const Step* with_points = nullptr;
    for (const auto& step : steps) {
        if (step.points) {
            with_points = &step;
            break;
        }
    }
    if (!with_points) {
        return;
    }
    const Step* previous = nullptr;
    for (const auto& step : steps) {
        if (!step.points) {
            file.error(step.key, "missing-points",
                       fmt::format("scale step {}: expected points, as step {} has them (every "
                                   "step or none), found none",
                                   step.rating, with_points->rating));
        } else if (previous && previous->points && *step.points < *previous->points) {
            file.error(step.key, "points-not-rising",
                       fmt::format("scale step {}: expected at least the {} points of step {}, "
                                   "found {}",
                                   step.rating, *previous->points, previous->rating, *step.points));
        }
        previous = &step;
    }
}

} // namespace

void read_scale(const YamlFile& file, const YamlNode& node, Framework& framework) {
    if (!node.IsMap()) {
        file.error(
            node, "wrong-type",
            fmt::format("scale: expected a map of rating to text, found {}", describe_node(node)));
        return;
    }
    std::vector<Step> steps;
    for (const auto& entry : node) {
        auto step = read_step(file, entry.first, entry.second);
        if (!step) {
            continue;
        }
        // `1` and `01` are different keys to YAML but the same rating.
        if (!framework.scale.emplace(step->rating, step->label).second) {
            file.error(entry.first, "duplicate-key",
                       fmt::format("scale: the rating {} is given twice; expected each rating "
                                   "once",
                                   step->rating));
            continue;
        }
        steps.push_back(std::move(*step));
    }
    std::sort(steps.begin(), steps.end(),
              [](const Step& a, const Step& b) { return a.rating < b.rating; });
    check_points(file, steps);
    for (const auto& step : steps) {
        if (step.points) {
            framework.scale_points[step.rating] = *step.points;
        }
    }
}

} // namespace ladder
