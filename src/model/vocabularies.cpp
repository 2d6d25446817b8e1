#include "model/vocabularies.hpp"

#include <algorithm>

namespace ladder {

const Vocabularies& Vocabularies::defaults() {
    static const Vocabularies vocabularies{
        {"project", "design", "incident", "mentoring", "hiring", "talk", "writing", "review",
         "initiative", "feedback", "other"},
        {"artifact", "testimony", "sign_off"},
        {"lead", "owner", "contributor", "mentor", "sponsor", "reviewer"},
        {"individual", "team", "multi_team", "org", "company", "industry"},
        "",
        {}};
    return vocabularies;
}

std::string plain_word(std::string_view word) {
    std::string plain(word);
    std::replace(plain.begin(), plain.end(), '_', '-');
    return plain;
}

int Vocabularies::scope_rank(std::string_view scope) const {
    auto it = std::find(scopes.begin(), scopes.end(), scope);
    return it == scopes.end() ? -1 : static_cast<int>(it - scopes.begin());
}

} // namespace ladder
