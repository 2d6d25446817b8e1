#include "report/common/next_steps_words.hpp"

#include "rules/endorser_count.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace ladder {

namespace {

// "a", "a and b", "a, b and c".
std::string and_list(const std::vector<std::string>& words) {
    if (words.size() < 2) {
        return words.empty() ? "" : words.front();
    }
    std::vector<std::string> head(words.begin(), words.end() - 1);
    return join(head, ", ") + " and " + words.back();
}

std::string words(const std::vector<std::string>& values, std::string_view separator) {
    std::vector<std::string> plain;
    for (const auto& value : values) {
        plain.push_back(plain_word(value));
    }
    return join(plain, separator);
}

std::string competency_names(const Framework& framework, const std::vector<std::string>& ids) {
    std::vector<std::string> names;
    for (const auto& id : ids) {
        const Competency* competency = framework.find_competency(id);
        names.push_back(competency ? competency->name : id);
    }
    return join(names, " and ");
}

std::string describe_items(const Framework& framework, const EvidenceNeed& need) {
    std::string noun;
    if (need.types.size() == 1) {
        noun = evidence_type_noun(need.types.front(), need.count != 1);
    } else {
        noun = fmt::format("{}{}", need.count == 1 ? "evidence item" : "evidence items",
                           need.types.empty() ? "" : " (" + words(need.types, " or ") + ")");
    }
    std::vector<std::string> parts = {fmt::format("{} more {}", need.count, noun)};
    if (!need.roles.empty()) {
        parts.push_back("where you were " + words(need.roles, " or "));
    }
    if (!need.min_scope.empty()) {
        parts.push_back(fmt::format("at {} scope or wider", plain_word(need.min_scope)));
    }
    if (!need.competencies.empty()) {
        parts.push_back("showing " + competency_names(framework, need.competencies));
    }
    if (!need.tags.empty()) {
        parts.push_back("tagged " + join(need.tags, " and "));
    }
    if (!need.kinds.empty()) {
        std::vector<std::string> kinds;
        for (const auto& kind : need.kinds) {
            kinds.push_back(kind == "artifact"    ? "an artifact"
                            : kind == "testimony" ? "peer testimony"
                            : kind == "sign_off"  ? "a manager's sign-off"
                                                  : plain_word(kind));
        }
        parts.push_back("backed by " + join(kinds, " or "));
    }
    if (need.min_endorsers > 0) {
        parts.push_back(
            fmt::format("endorsed by at least {}", plural(need.min_endorsers, "person", "people")));
    }
    if (need.endorsers.at_least > 0) {
        // The words of the `endorsers` filter itself.
        parts.push_back(
            EndorserCount{need.endorsers.at_least, need.endorsers.distinct, need.endorsers.with}
                .describe());
    }
    if (need.quantity > 1) {
        parts.push_back(fmt::format("with a quantity of at least {}", need.quantity));
    }
    if (!need.demonstrates.empty()) {
        parts.push_back(
            fmt::format("naming {} among what it demonstrates", and_list(need.demonstrates)));
    }
    if (need.dated_on_or_after) {
        parts.push_back("dated on or after " + need.dated_on_or_after->to_string());
    }
    return join(parts, ", ");
}

std::string scale_label(const Framework& framework, int rating) {
    auto it = framework.scale.find(rating);
    return it == framework.scale.end() ? std::to_string(rating)
                                       : fmt::format("{} ({})", rating, it->second);
}

} // namespace

std::string describe_step(const Framework& framework, const NextStep& step) {
    const Need& need = step.need;
    switch (need.kind) {
    case Need::Kind::evidence:
        return describe_items(framework, need.evidence);
    case Need::Kind::rating: {
        const Competency* competency = framework.find_competency(need.id);
        return fmt::format("a rating of at least {} in {}", scale_label(framework, need.minimum),
                           competency ? competency->name : need.id);
    }
    case Need::Kind::programme: {
        const Programme* programme = framework.find_programme(need.id);
        return fmt::format("complete the {} programme", programme ? programme->name : need.id);
    }
    case Need::Kind::interest: {
        if (need.level) {
            const Level* level = framework.find_level(need.id);
            return fmt::format("declare an interest in the {} level (add {} to 'interests')",
                               level ? fmt::format("{} ({})", level->title, level->id) : need.id,
                               need.id);
        }
        const Track* track = framework.find_track(need.id);
        return fmt::format("declare an interest in the {} track (add {} to 'interests')",
                           track ? track->name : need.id, need.id);
    }
    case Need::Kind::tenure:
        return fmt::format("time: met on {}", need.reached_on ? need.reached_on->to_string() : "");
    case Need::Kind::record:
        return need.text;
    }
    return need.text;
}

std::string describe_closes(const NextStep& step) {
    std::vector<std::string> required;
    std::vector<std::string> optional;
    for (const auto* result : step.closes) {
        (result->criterion->required ? required : optional).push_back(result->criterion->id);
    }
    std::vector<std::string> parts;
    if (!required.empty()) {
        parts.push_back(fmt::format(
            "{}: {}",
            plural(static_cast<long>(required.size()), "required criterion", "required criteria"),
            join(required, ", ")));
    }
    if (!optional.empty()) {
        parts.push_back(fmt::format(
            "{}: {}",
            plural(static_cast<long>(optional.size()), "optional criterion", "optional criteria"),
            join(optional, ", ")));
    }
    return "for " + join(parts, "; ");
}

std::string next_steps_summary(const NextSteps& plan, bool ready) {
    if (ready) {
        return plan.steps.empty()
                   ? "Nothing to do; every criterion is met or set aside."
                   : "None needed to be ready; these would close the optional criteria left.";
    }
    long required_steps =
        std::count_if(plan.steps.begin(), plan.steps.end(),
                      [](const NextStep& step) { return step.required_closed > 0; });
    if (plan.only_waiting) {
        return "Only time is missing; ready once the dates below are reached.";
    }
    return fmt::format(
        "{} to ready, {}.", plural(required_steps, "step"),
        plan.new_items == 0
            ? std::string("none of them new evidence")
            : fmt::format("{} among them", plural(plan.new_items, "new evidence item")));
}

} // namespace ladder
