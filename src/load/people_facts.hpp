#pragma once
// Facts about people from outside their own evidence file: the roster (who people are, their
// labels, their managers) and statements by others (ratings, endorsements, approvals written by
// the people who give them). Applied to each person once loaded, before any check or judgement:
// the roster's labels replace the file's, statements confirm the file's claims or add their
// own, and what counts is settled by the framework's `people: counted:` (model/provenance.hpp).

#include "load/source_text.hpp"
#include "model/framework.hpp"
#include "model/person.hpp"
#include "model/roster.hpp"
#include "model/statements.hpp"

#include <optional>
#include <vector>

namespace ladder {

struct PeopleFacts {
    std::optional<Roster> roster;
    Statements statements;
    std::vector<SourceText> sources; // the roster's and the statements' text, for carets

    bool empty() const { return !roster && statements.empty(); }
};

// The problems of the roster and statements themselves against the framework (an unknown
// competency or column, a rating off the scale, an author the roster does not know, someone
// endorsing or approving for themselves), reported once per run.
void check_people_facts(const Framework& framework, const PeopleFacts& facts,
                        Diagnostics& diagnostics);

// Applies the facts to a person just loaded, and settles which of their ratings, endorsements
// and approvals count. Disagreements with the roster or a statement, ids the roster does not
// know and ids that differ only in case are diagnostics at the person's file.
void apply_people_facts(const Framework& framework, const PeopleFacts& facts, Person& person,
                        Diagnostics& diagnostics);

} // namespace ladder
