#include "model/evidence_need.hpp"

#include <algorithm>

namespace ladder {

namespace {

// Either list restricts nothing, or they share a value.
bool overlaps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.empty() || b.empty() || std::any_of(a.begin(), a.end(), [&](const std::string& value) {
               return std::find(b.begin(), b.end(), value) != b.end();
           });
}

// The values both lists allow (an empty list allows any).
std::vector<std::string> common(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) {
        return a.empty() ? b : a;
    }
    std::vector<std::string> shared;
    for (const auto& value : a) {
        if (std::find(b.begin(), b.end(), value) != b.end()) {
            shared.push_back(value);
        }
    }
    return shared;
}

std::vector<std::string> all_of_both(std::vector<std::string> a,
                                     const std::vector<std::string>& b) {
    for (const auto& value : b) {
        if (std::find(a.begin(), a.end(), value) == a.end()) {
            a.push_back(value);
        }
    }
    return a;
}

} // namespace

bool can_merge(const EvidenceNeed& a, const EvidenceNeed& b) {
    bool endorsers_agree =
        a.endorsers.at_least == 0 || b.endorsers.at_least == 0 || a.endorsers == b.endorsers;
    return overlaps(a.types, b.types) && overlaps(a.kinds, b.kinds) && overlaps(a.roles, b.roles) &&
           endorsers_agree;
}

EvidenceNeed merge(const EvidenceNeed& a, const EvidenceNeed& b, const Vocabularies& vocabularies) {
    EvidenceNeed merged;
    merged.count = std::max(a.count, b.count);
    merged.quantity = std::max(a.quantity, b.quantity);
    merged.types = common(a.types, b.types);
    merged.kinds = common(a.kinds, b.kinds);
    merged.roles = common(a.roles, b.roles);
    merged.min_scope = vocabularies.scope_rank(a.min_scope) >= vocabularies.scope_rank(b.min_scope)
                           ? a.min_scope
                           : b.min_scope;
    merged.competencies = all_of_both(a.competencies, b.competencies);
    merged.tags = all_of_both(a.tags, b.tags);
    merged.demonstrates = all_of_both(a.demonstrates, b.demonstrates);
    merged.dated_on_or_after = std::max(a.dated_on_or_after, b.dated_on_or_after);
    merged.min_endorsers = std::max(a.min_endorsers, b.min_endorsers);
    merged.endorsers = a.endorsers.at_least > 0 ? a.endorsers : b.endorsers;
    return merged;
}

} // namespace ladder
