#pragma once
// The roster: who the organisation's people are, as HR keeps them (a CSV export or a YAML
// list). When a command is given one it is the authority on facts about people: their labels
// (team, manager, location...) and the attributes of those who endorse, rate or approve.

#include "util/diagnostic.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

struct RosterPerson {
    std::string id;
    std::string name;
    // Every column but id and name, by column name: manager, status, labels, attributes. A
    // cell left empty is absent.
    std::map<std::string, std::string> facts;
    std::map<std::string, Location> fact_where;
    Location where; // the person's id
};

struct Roster {
    std::string file;
    std::vector<std::string> columns;   // as the file names them
    std::vector<Location> column_where; // where each column is named
    std::vector<RosterPerson> people;   // sorted by id

    const RosterPerson* find(std::string_view id) const;
    // The roster id equal to `id` ignoring case, when `id` itself is not on it (E0007 for
    // e0007): ids are compared exactly, so this is a mistake to report.
    const RosterPerson* find_ignoring_case(std::string_view id) const;
    std::vector<std::string> ids() const;
};

} // namespace ladder
