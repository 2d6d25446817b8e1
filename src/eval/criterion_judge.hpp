#pragma once
// Judging one person's criteria at one date, in one detail. Levels share criteria through
// includes, so one evaluation asks for many criteria more than once: the target and the
// person's own level, a move that includes the target, each rung of a placement climb. With
// verdicts only (a batch row), each criterion is judged once and its verdict (status, progress,
// exception) given again after: at that detail an outcome holds nothing else. In more detail,
// an outcome holds sentences and item lists that cost as much to copy as to build, and each
// criterion is judged where it is asked.

#include "eval/level_result.hpp"
#include "model/framework.hpp"
#include "model/person.hpp"
#include "model/rule.hpp"

#include <cstdint>
#include <vector>

namespace ladder {

class CriterionJudge {
public:
    CriterionJudge(const Framework& framework, const Person& person, const Date& as_of,
                   Detail detail);

    const Framework& framework() const { return framework_; }
    const Person& person() const { return person_; }
    const Date& as_of() const { return as_of_; }
    Detail detail() const { return detail_; }

    // Writes the criterion's outcome for the person into `result`, with its exception when one
    // applies; `stated_by` and `inherited` are left for the caller, who knows which level asks.
    // (Into a result already in place in a level's list, rather than one built and moved.)
    void judge(const ResolvedCriterion& resolved, CriterionResult& result);

private:
    void evaluate(const Criterion& criterion, CriterionResult& result) const;

    const Framework& framework_;
    const Person& person_;
    Date as_of_;
    Detail detail_;
    struct Verdict {
        Status status;
        double progress;
        const CriterionException* exception;
    };

    // By the criterion's slot in the framework's index: 1 + its place in `verdicts_`, 0 when not
    // judged yet. Empty when verdicts are not kept.
    std::vector<std::uint32_t> place_of_;
    std::vector<Verdict> verdicts_;
};

} // namespace ladder
