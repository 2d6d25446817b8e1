#include "eval/criterion_judge.hpp"

#include <fmt/format.h>

namespace ladder {

CriterionJudge::CriterionJudge(const Framework& framework, const Person& person, const Date& as_of,
                               Detail detail)
    : framework_(framework), person_(person), as_of_(as_of), detail_(detail) {
    if (detail == Detail::verdicts && framework.criteria_index) {
        place_of_.assign(framework.criteria_index->slots, 0);
    }
}

void CriterionJudge::judge(const ResolvedCriterion& resolved, CriterionResult& result) {
    if (resolved.slot >= place_of_.size()) {
        evaluate(*resolved.criterion, result);
        return;
    }
    std::uint32_t& place = place_of_[resolved.slot];
    if (place == 0) {
        evaluate(*resolved.criterion, result);
        verdicts_.push_back({result.outcome.status, result.outcome.progress, result.exception});
        place = static_cast<std::uint32_t>(verdicts_.size());
        return;
    }
    const Verdict& verdict = verdicts_[place - 1];
    result.criterion = resolved.criterion;
    result.exception = verdict.exception;
    result.outcome.status = verdict.status;
    result.outcome.progress = verdict.progress;
}

void CriterionJudge::evaluate(const Criterion& criterion, CriterionResult& result) const {
    result.criterion = &criterion;
    const CriterionException* exception = person_.exception_for(criterion.id);
    if (exception != nullptr && exception->counts) {
        result.exception = exception;
        result.outcome.status = Status::waived;
        result.outcome.progress = 1.0;
        if (detail_ >= Detail::sentences) {
            result.outcome.reason =
                fmt::format("{} by {} ({}): {}",
                            exception->kind == ExceptionKind::waived ? "waived" : "not applicable",
                            exception->approved_by, provenance_words(exception->provenance),
                            exception->justification);
        }
        return;
    }
    if (criterion.rule) {
        RuleContext context{framework_, person_, as_of_, criterion.id, detail_};
        result.outcome = criterion.rule->evaluate(context);
    }
    if (exception != nullptr && detail_ >= Detail::sentences) {
        // An approval the framework does not count waives nothing, and the report says so.
        result.outcome.reason +=
            fmt::format("; the exception approved by {} does not count ({} approvals do not "
                        "count in this framework)",
                        exception->approved_by, provenance_words(exception->provenance));
    }
}

} // namespace ladder
