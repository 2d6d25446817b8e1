#pragma once
// What judging a person against one level (or one move) gives: each criterion with its outcome,
// and the verdict.

#include "model/framework.hpp"
#include "model/person.hpp"

#include <string>
#include <vector>

namespace ladder {

struct CriterionResult {
    const Criterion* criterion = nullptr;
    std::string stated_by; // the level id, or "IC4 -> M1" for a transition's criterion
    bool inherited = false;
    Outcome outcome;
    const CriterionException* exception = nullptr; // set when waived or not applicable
};

// Met or set aside by an exception: what counts toward a level (LevelResult::met).
inline bool counts_as_met(const CriterionResult& result) {
    return result.outcome.status == Status::met || result.outcome.status == Status::waived;
}

struct LevelResult {
    const Level* level = nullptr;
    const Transition* transition = nullptr; // the cross-track move applied, if any
    std::vector<CriterionResult> criteria;  // in the framework's order
    bool ready = false;
    int met = 0;       // met or waived
    int set_aside = 0; // of those, waived or not applicable (headlines say both)
    int total = 0;
    double progress = 0.0; // weighted share of criteria met or waived
};

} // namespace ladder
