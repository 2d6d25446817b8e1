#include "model/level_history.hpp"

namespace ladder {

std::vector<Stint> level_stints(const Person& person, const Date& as_of) {
    std::vector<Stint> stints;
    for (std::size_t i = 0; i < person.history.size(); ++i) {
        Date end =
            i + 1 < person.history.size() ? person.history[i + 1].since : person.in_level_since;
        stints.push_back({person.history[i].level.id, person.history[i].since, end});
    }
    stints.push_back({person.level.id, person.in_level_since, as_of});
    return stints;
}

} // namespace ladder
