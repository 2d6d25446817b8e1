#include "eval/next_steps.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

bool is_done(const CriterionResult& result) {
    return result.outcome.status == Status::met || result.outcome.status == Status::waived;
}

// Either list restricts nothing, or they share a value; the shared values otherwise.
bool overlaps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.empty() || b.empty() || std::any_of(a.begin(), a.end(), [&](const std::string& value) {
               return std::find(b.begin(), b.end(), value) != b.end();
           });
}

std::vector<std::string> common(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) {
        return a.empty() ? b : a;
    }
    std::vector<std::string> shared;
    for (const auto& value : a) {
        if (std::find(b.begin(), b.end(), value) != b.end()) {
            shared.push_back(value);
        }
    }
    return shared;
}

std::vector<std::string> all_of_both(std::vector<std::string> a,
                                     const std::vector<std::string>& b) {
    for (const auto& value : b) {
        if (std::find(a.begin(), a.end(), value) == a.end()) {
            a.push_back(value);
        }
    }
    return a;
}

// Whether `step` can also take `need`, and then widens it to ask for both.
bool absorb(NextStep& step, const Need& need) {
    Need& held = step.need;
    if (held.kind != need.kind) {
        return false;
    }
    switch (need.kind) {
    case Need::Kind::evidence:
        if (!can_merge(held.evidence, need.evidence)) {
            return false;
        }
        held.evidence = merge(held.evidence, need.evidence);
        return true;
    case Need::Kind::rating:
        if (held.id != need.id) {
            return false;
        }
        held.minimum = std::max(held.minimum, need.minimum);
        return true;
    case Need::Kind::programme:
    case Need::Kind::interest:
        return held.id == need.id;
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

void add_need(std::vector<NextStep>& steps, const CriterionResult& result, const Need& need) {
    auto step = std::find_if(steps.begin(), steps.end(),
                             [&](NextStep& candidate) { return absorb(candidate, need); });
    if (step == steps.end()) {
        steps.push_back(NextStep{need, {}, 0, std::nullopt});
        step = steps.end() - 1;
    }
    if (std::find(step->closes.begin(), step->closes.end(), &result) == step->closes.end()) {
        step->closes.push_back(&result);
        step->required_closed += result.criterion->required ? 1 : 0;
    }
}

EvidenceItem hypothetical_item(const EvidenceNeed& need, const Date& as_of, int number) {
    EvidenceItem item;
    item.id = fmt::format("next-{}", number);
    item.type = need.types.empty() ? "other" : need.types.front();
    if (!need.kinds.empty()) {
        item.kind = need.kinds.front();
    }
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
    for (int i = 1; i <= need.min_endorsers; ++i) {
        item.endorsed_by.push_back(fmt::format("endorser-{}", i));
    }
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

bool can_merge(const EvidenceNeed& a, const EvidenceNeed& b) {
    return overlaps(a.types, b.types) && overlaps(a.kinds, b.kinds) && overlaps(a.roles, b.roles);
}

EvidenceNeed merge(const EvidenceNeed& a, const EvidenceNeed& b) {
    EvidenceNeed merged;
    merged.count = std::max(a.count, b.count);
    merged.types = common(a.types, b.types);
    merged.kinds = common(a.kinds, b.kinds);
    merged.roles = common(a.roles, b.roles);
    merged.min_scope =
        scope_rank(a.min_scope) >= scope_rank(b.min_scope) ? a.min_scope : b.min_scope;
    merged.competencies = all_of_both(a.competencies, b.competencies);
    merged.tags = all_of_both(a.tags, b.tags);
    merged.demonstrates = all_of_both(a.demonstrates, b.demonstrates);
    merged.dated_on_or_after = std::max(a.dated_on_or_after, b.dated_on_or_after);
    merged.min_endorsers = std::max(a.min_endorsers, b.min_endorsers);
    return merged;
}

NextSteps plan_next_steps(const LevelResult& result, const Date& as_of) {
    std::vector<const CriterionResult*> missing;
    for (const auto& criterion : result.criteria) {
        if (!is_done(criterion)) {
            missing.push_back(&criterion);
        }
    }
    std::stable_partition(missing.begin(), missing.end(), [](const CriterionResult* criterion) {
        return criterion->criterion->required;
    });
    NextSteps plan;
    for (const auto* criterion : missing) {
        for (const auto& need : needs_of(*criterion)) {
            add_need(plan.steps, *criterion, need);
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
            step.hypothetical = hypothetical_item(step.need.evidence, as_of, ++number);
            plan.new_items += required ? step.need.evidence.count : 0;
        }
    }
    return plan;
}

} // namespace ladder
