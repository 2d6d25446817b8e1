#include "eval/next_steps.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

// Whether `step` can also take `need`, and then widens it to ask for both.
bool absorb(NextStep& step, const Need& need, const Vocabularies& vocabularies) {
    Need& held = step.need;
    if (held.kind != need.kind) {
        return false;
    }
    switch (need.kind) {
    case Need::Kind::evidence:
        if (!can_merge(held.evidence, need.evidence)) {
            return false;
        }
        held.evidence = merge(held.evidence, need.evidence, vocabularies);
        return true;
    case Need::Kind::rating:
        if (held.id != need.id) {
            return false;
        }
        held.minimum = std::max(held.minimum, need.minimum);
        return true;
    case Need::Kind::programme:
        return held.id == need.id;
    case Need::Kind::interest:
        return held.id == need.id && held.level == need.level;
    case Need::Kind::tenure:
        return held.reached_on == need.reached_on;
    case Need::Kind::record:
        return held.text == need.text;
    }
    return false;
}

// What a criterion needs; a rule that gave no structured need still has its words.
std::vector<Need> needs_of(const CriterionResult& result) {
    if (!result.outcome.needs.empty()) {
        return result.outcome.needs;
    }
    Need need;
    need.text = result.outcome.missing.empty() ? result.outcome.reason : result.outcome.missing;
    return {need};
}

void add_need(std::vector<NextStep>& steps, const CriterionResult& result, const Need& need,
              const Vocabularies& vocabularies) {
    auto step = std::find_if(steps.begin(), steps.end(), [&](NextStep& candidate) {
        return absorb(candidate, need, vocabularies);
    });
    if (step == steps.end()) {
        steps.push_back(NextStep{need, {}, 0, std::nullopt});
        step = steps.end() - 1;
    }
    if (std::find(step->closes.begin(), step->closes.end(), &result) == step->closes.end()) {
        step->closes.push_back(&result);
        step->required_closed += result.criterion->required ? 1 : 0;
    }
}

// A word the framework's vocabulary allows: `preferred` when it has it, else its first.
std::string allowed(const std::vector<std::string>& words, const std::string& preferred) {
    bool has = std::find(words.begin(), words.end(), preferred) != words.end();
    return has || words.empty() ? preferred : words.front();
}

// The endorsements an item needs: distinct people, each with the `with` attributes, and as many
// values of a `distinct` attribute ("region-1", "region-2") as the filter counts.
std::vector<Endorsement> endorsements(const EvidenceNeed& need) {
    long people = std::max<long>(need.min_endorsers, need.endorsers.at_least);
    std::vector<Endorsement> result;
    for (long i = 1; i <= people; ++i) {
        Endorsement endorsement;
        endorsement.id = fmt::format("endorser-{}", i);
        endorsement.attributes = need.endorsers.with;
        if (!need.endorsers.distinct.empty() && i <= need.endorsers.at_least) {
            endorsement.attributes[need.endorsers.distinct] =
                fmt::format("{}-{}", need.endorsers.distinct, i);
        }
        result.push_back(std::move(endorsement));
    }
    return result;
}

EvidenceItem hypothetical_item(const EvidenceNeed& need, const Vocabularies& vocabularies,
                               const Date& as_of, int number) {
    EvidenceItem item;
    item.id = fmt::format("next-{}", number);
    item.type = need.types.empty() ? allowed(vocabularies.types, "other") : need.types.front();
    item.kind = need.kinds.empty() ? vocabularies.unstated_kind : need.kinds.front();
    item.role = need.roles.empty() ? "" : need.roles.front();
    item.scope = need.min_scope;
    item.date = as_of;
    item.title = fmt::format("New evidence for next step {}", number);
    for (const auto& competency : need.competencies) {
        item.competencies.push_back({competency, {}});
    }
    for (const auto& criterion : need.demonstrates) {
        item.demonstrates.push_back({criterion, {}});
    }
    item.tags = need.tags;
    item.endorsements = endorsements(need);
    for (const auto& endorsement : item.endorsements) {
        item.endorsed_by.push_back(endorsement.id);
    }
    item.quantity = need.quantity;
    return item;
}

// Most required criteria first, then most criteria; waiting comes after doing; otherwise the
// order the gaps were found in (the framework's, required first).
void rank(std::vector<NextStep>& steps) {
    std::stable_sort(steps.begin(), steps.end(), [](const NextStep& a, const NextStep& b) {
        if (a.required_closed != b.required_closed) {
            return a.required_closed > b.required_closed;
        }
        if (a.closes.size() != b.closes.size()) {
            return a.closes.size() > b.closes.size();
        }
        return a.need.kind != Need::Kind::tenure && b.need.kind == Need::Kind::tenure;
    });
}

} // namespace

NextSteps plan_next_steps(const Framework& framework, const LevelResult& result,
                          const Date& as_of) {
    std::vector<const CriterionResult*> missing;
    for (const auto& criterion : result.criteria) {
        if (!counts_as_met(criterion)) {
            missing.push_back(&criterion);
        }
    }
    std::stable_partition(missing.begin(), missing.end(), [](const CriterionResult* criterion) {
        return criterion->criterion->required;
    });
    NextSteps plan;
    for (const auto* criterion : missing) {
        for (const auto& need : needs_of(*criterion)) {
            add_need(plan.steps, *criterion, need, framework.vocabularies);
        }
    }
    rank(plan.steps);
    int number = 0;
    plan.only_waiting = !plan.steps.empty();
    for (auto& step : plan.steps) {
        bool required = step.required_closed > 0;
        if (required && step.need.kind != Need::Kind::tenure) {
            plan.only_waiting = false;
        }
        if (step.need.kind == Need::Kind::evidence) {
            step.hypothetical =
                hypothetical_item(step.need.evidence, framework.vocabularies, as_of, ++number);
            plan.new_items += required ? step.need.evidence.count : 0;
        }
    }
    return plan;
}

} // namespace ladder
