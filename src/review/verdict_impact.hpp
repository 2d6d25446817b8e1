#pragma once
// Whose verdict a criteria change changes: a person evaluated against the old and the new
// framework, level by level, and the levels where "ready" flips.

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
    // or newly met / waived (when it became ready). Ids, in the new framework's order.
    std::vector<std::string> because;
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
// Only levels present in both frameworks are compared. The person must be valid against both.
std::vector<VerdictChange> verdict_changes(const Framework& before, const Framework& after,
                                           const Person& person, const Date& as_of);

} // namespace ladder
