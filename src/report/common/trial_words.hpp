#pragma once
// A trial in progress in one line, the same in every report that shows it (the gap report,
// `ladder candidates`).

#include "eval/trial.hpp"

#include <string>

namespace ladder {

// "IC4 -> M1 since 2026-05-15, ends 2026-11-15 (in 14 days); 5 of 6 M1 criteria met, 1
// required criterion missing; the way back is open"
std::string trial_words(const TrialStatus& trial);

// "in 14 days", "today", "3 days ago"
std::string days_left_words(long days_left);

} // namespace ladder
