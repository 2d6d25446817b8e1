#pragma once
// A trial in progress: a person who moved across tracks and is in the move's trial period.
// When it ends, where they stand against the level they moved to, and whether the way back is
// open (the framework marks the move reversible).

#include "eval/evaluation.hpp"

#include <optional>

namespace ladder {

struct TrialStatus {
    const Transition* move = nullptr;
    Date since;
    Date ends;          // since + the move's trial_months
    long days_left = 0; // from the evaluation date to `ends`; 0 on the last day, < 0 once over
    bool way_back_open = false; // the move is reversible
    LevelResult standing;       // the target level's own criteria (the role once in it)
};

// nullopt when the person is in no trial, or the framework has no such move with a trial
// period (check_person reports it).
std::optional<TrialStatus> trial_status(const Framework& framework, const Person& person,
                                        const Date& as_of);

} // namespace ladder
