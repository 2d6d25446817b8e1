#include "model/statements.hpp"

#include <algorithm>

namespace ladder {

std::vector<const StatementsAbout*> Statements::about_person(std::string_view id) const {
    auto first = std::lower_bound(about.begin(), about.end(), id,
                                  [](const StatementsAbout& entry, std::string_view wanted) {
                                      return entry.person.id < wanted;
                                  });
    std::vector<const StatementsAbout*> result;
    for (auto it = first; it != about.end() && it->person.id == id; ++it) {
        result.push_back(&*it);
    }
    return result;
}

void Statements::index() {
    std::stable_sort(about.begin(), about.end(),
                     [](const StatementsAbout& a, const StatementsAbout& b) {
                         if (a.person.id != b.person.id) {
                             return a.person.id < b.person.id;
                         }
                         return a.author.id < b.author.id;
                     });
}

} // namespace ladder
