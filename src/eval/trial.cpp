#include "eval/trial.hpp"

#include <chrono>

namespace ladder {

namespace {

long days_from(const Date& from, const Date& to) {
    using namespace std::chrono;
    auto day = [](const Date& date) {
        return sys_days{year{date.year()} / month{static_cast<unsigned>(date.month())} /
                        static_cast<unsigned>(date.day())};
    };
    return static_cast<long>((day(to) - day(from)).count());
}

} // namespace

std::optional<TrialStatus> trial_status(const Framework& framework, const Person& person,
                                        const Date& as_of) {
    if (!person.trial) {
        return std::nullopt;
    }
    const Transition* move = framework.find_transition(person.trial->from.id, person.level.id);
    const Level* level = framework.find_level(person.level.id);
    if (move == nullptr || !move->trial_months || level == nullptr) {
        return std::nullopt;
    }
    TrialStatus status;
    status.move = move;
    status.since = person.trial->since;
    status.ends = status.since.minus_months(-*move->trial_months);
    status.days_left = days_from(as_of, status.ends);
    status.way_back_open = move->reversible;
    status.standing = evaluate_level_criteria(framework, person, *level, as_of, Detail::verdicts);
    return status;
}

} // namespace ladder
