#pragma once
// The roster and statements of a run (--roster, --statements, else what .ladder.yaml names),
// read once before any person, and applied to each person as they are read.

#include "commands/common.hpp"
#include "load/people_facts.hpp"
#include "model/person.hpp"

#include <optional>

namespace ladder {

// Reads and checks the run's roster and statements. Their problems are printed on stderr;
// nullopt when one is an error (the command then stops with exit 2). Empty facts when there
// are none.
std::optional<PeopleFacts> load_people_facts(const CommonOptions& options,
                                             const Framework& framework, const Console& console);

// A person just loaded, made ready to judge: the facts applied, then checked against the
// framework and the evaluation date.
void settle_person(const Framework& framework, const PeopleFacts& facts, Person& person,
                   const Date& as_of, Diagnostics& diagnostics);

} // namespace ladder
