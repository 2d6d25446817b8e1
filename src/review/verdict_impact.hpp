#pragma once
// Whose verdict a criteria change changes: a person evaluated against the old and the new
// framework, level by level, and the levels where "ready" flips.

#include "eval/route.hpp"
#include "model/framework.hpp"
#include "model/person.hpp"

#include <string>
#include <vector>

namespace ladder {

struct VerdictChange {
    std::string level;
    bool ready_before = false;
    bool ready_after = false;
    // Required criteria whose verdict flipped with it: newly unmet (when it became not ready)
    // or newly met / waived (when it became ready), when one step reaches the level under both
    // versions. Ids, in the new framework's order.
    std::vector<std::string> because;
    // The verdicts themselves (eval/route, as every command gives them), which may change with
    // readiness unchanged: not ready -> no route, when the move that led there is removed.
    TargetVerdict verdict_before = TargetVerdict::no_route;
    TargetVerdict verdict_after = TargetVerdict::no_route;
    std::size_t steps_before = 0; // the route's length, when steps away
    std::size_t steps_after = 0;
    // How the way there changed, in words, when it did: "the route now: IC3 -> IC4 -> M1", or
    // no_route_words; empty otherwise.
    std::string reach;
};

// One evidence file's verdict changes.
struct PersonImpact {
    std::string file;
    std::string person_id;
    std::string name;
    std::vector<VerdictChange> changes;
};

// The levels compared are those the person's report shows, under either framework: the
// target (the next level up) and the cross-track view (their band and the next, every track).
// Only levels present in both frameworks are compared, each judged as every command judges a
// target (judge_target): a level one version reaches in one step may be steps away, or have no
// route, under the other. A change is a verdict that changes. The person must be valid against
// both.
std::vector<VerdictChange> verdict_changes(const Framework& before, const Framework& after,
                                           const Person& person, const Date& as_of);

} // namespace ladder
