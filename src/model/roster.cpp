#include "model/roster.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace ladder {

const RosterPerson* Roster::find(std::string_view id) const {
    auto it = std::lower_bound(
        people.begin(), people.end(), id,
        [](const RosterPerson& person, std::string_view wanted) { return person.id < wanted; });
    return it != people.end() && it->id == id ? &*it : nullptr;
}

const RosterPerson* Roster::find_ignoring_case(std::string_view id) const {
    if (find(id) != nullptr) {
        return nullptr;
    }
    std::string wanted = to_lower(id);
    auto it = std::find_if(people.begin(), people.end(), [&](const RosterPerson& person) {
        return to_lower(person.id) == wanted;
    });
    return it == people.end() ? nullptr : &*it;
}

std::vector<std::string> Roster::ids() const {
    std::vector<std::string> result;
    result.reserve(people.size());
    for (const auto& person : people) {
        result.push_back(person.id);
    }
    return result;
}

} // namespace ladder
