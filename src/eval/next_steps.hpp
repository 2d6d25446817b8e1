#pragma once
// Next steps: the fewest new pieces of evidence (and ratings, programmes, interests, time) that
// would make a person ready for a level. Gaps that one new item can close together are merged
// into one hypothetical item that passes the filters of all of them.

#include "eval/evaluation.hpp"

#include <vector>

namespace ladder {

struct NextStep {
    Need need; // merged over every criterion in `closes`
    // Criteria this step closes or counts toward, in the framework's order; a criterion that
    // needs several things (all_of) appears in each of their steps.
    std::vector<const CriterionResult*> closes;
    int required_closed = 0;
    // For an evidence step: one item that passes every merged filter, dated on the evaluation
    // day (ids next-1, next-2, ...). Adding `need.evidence.count` such items closes the step.
    std::optional<EvidenceItem> hypothetical;
};

struct NextSteps {
    std::vector<NextStep> steps; // most required criteria closed first
    long new_items = 0;          // new evidence items the required steps ask for
    bool only_waiting = false;   // nothing to do but wait (every required step is tenure)
};

// The steps for every missing criterion of `result` (required ones first), evaluated on
// `as_of`; hypothetical items use the words of the framework's vocabularies.
NextSteps plan_next_steps(const Framework& framework, const LevelResult& result, const Date& as_of);

} // namespace ladder
