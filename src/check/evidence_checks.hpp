#pragma once
// Checks of one person's evidence file against a framework and an evaluation date.

#include "model/framework.hpp"
#include "model/person.hpp"

namespace ladder {

void check_person(const Framework& framework, const Person& person, const Date& as_of,
                  Diagnostics& diagnostics);

} // namespace ladder
