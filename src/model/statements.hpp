#pragma once
// Statements by others: what a rater, endorser or approver says about other people, in a file
// of their own (a manager's review file rating their reports, a peer's endorsements). Merged
// into each person's evaluation by id (load/people_facts), they make a claim in the person's
// own file confirmed (model/provenance.hpp).

#include "util/date.hpp"
#include "util/diagnostic.hpp"
#include "util/id_ref.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct StatedRating {
    IdRef competency;
    int value = 0;
    std::optional<Date> date;
    Location date_where;
};

// What one author states about one person.
struct StatementsAbout {
    IdRef author; // `statements: by:`
    IdRef person; // the key under `about:`
    std::vector<StatedRating> ratings;
    std::vector<IdRef> endorses; // evidence item ids of the person's file
    std::vector<IdRef> approves; // criterion ids whose exception the author approves
};

struct Statements {
    std::vector<std::string> files;
    std::vector<StatementsAbout> about; // sorted by person id, then author, then file order

    // What every author states about the person, in author order.
    std::vector<const StatementsAbout*> about_person(std::string_view id) const;
    bool empty() const { return about.empty(); }
    // Sorts `about`; call once every file is read.
    void index();
};

} // namespace ladder
