#pragma once
// A person's time in levels: the past levels of the evidence file's `history`, then the
// current level up to the evaluation date, as consecutive stints.

#include "model/person.hpp"

#include <string>
#include <vector>

namespace ladder {

struct Stint {
    std::string level;
    Date from;
    Date to; // the next stint's start, or the evaluation date for the current level
};

// Oldest first; the last stint is the current level (from in_level_since to as_of).
std::vector<Stint> level_stints(const Person& person, const Date& as_of);

} // namespace ladder
