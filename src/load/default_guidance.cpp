#include "load/default_guidance.hpp"

namespace ladder {

const Competency* competency_of(const Framework& framework, const Criterion& criterion) {
    if (criterion.competency) {
        return framework.find_competency(criterion.competency->id);
    }
    if (!criterion.rule) {
        return nullptr;
    }
    std::map<std::string, int> rated;
    criterion.rule->guaranteed_ratings(rated);
    return rated.size() == 1 ? framework.find_competency(rated.begin()->first) : nullptr;
}

namespace {

void fill(const Framework& framework, std::vector<Criterion>& criteria) {
    for (auto& criterion : criteria) {
        if (!criterion.guidance.empty()) {
            continue;
        }
        const Competency* competency = competency_of(framework, criterion);
        criterion.guidance = competency && !competency->guidance.empty()
                                 ? competency->guidance
                                 : framework.default_guidance;
    }
}

} // namespace

void apply_default_guidance(Framework& framework) {
    for (auto& level : framework.levels) {
        fill(framework, level.criteria);
    }
    for (auto& transition : framework.transitions) {
        fill(framework, transition.criteria);
    }
}

} // namespace ladder
