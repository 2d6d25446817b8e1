#pragma once
// The first line of a person's text report (evaluate, place): who, at which level, on which
// date. Shared so that both reports name a person the same way.

#include "model/framework.hpp"
#include "model/person.hpp"
#include "util/date.hpp"
#include "util/terminal.hpp"

#include <string>

namespace ladder {

// "Name (id) - Title (LEVEL, band 3, Track), as of DATE" and a line break, wrapped at `width`;
// the name and id bold. `current` is the person's level when the framework knows it.
std::string person_headline(const Framework& framework, const Person& person, const Level* current,
                            const Date& as_of, const Style& style, std::size_t width);

} // namespace ladder
