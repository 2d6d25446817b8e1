#pragma once
// What new evidence would close a gap, as data: the filters one hypothetical item must pass and
// how many such items are needed. Next steps merge the needs of several criteria into one item
// that passes all their filters.

#include "model/vocabularies.hpp"
#include "util/date.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// Endorsers an item must have beyond a number of people: at least `at_least` of them with every
// `with` attribute, or as many different values of attribute `distinct` (the `endorsers`
// filter). `at_least` 0: none asked.
struct EndorserNeed {
    long at_least = 0;
    std::string distinct;
    std::map<std::string, std::string> with;

    bool operator==(const EndorserNeed&) const = default;
};

// N more evidence items that pass a rule's filters. Empty lists mean "any".
struct EvidenceNeed {
    long count = 1;
    long quantity = 1; // what each item records (`count: quantity` asks for one item of this)
    std::vector<std::string> types; // one of these
    std::vector<std::string> kinds;
    std::vector<std::string> roles;
    std::string min_scope;                 // "" for any scope
    std::vector<std::string> competencies; // the item lists each of these
    std::vector<std::string> tags;
    std::vector<std::string> demonstrates; // criteria the item names in `demonstrates`
    std::optional<Date> dated_on_or_after; // a within_months window as a date
    int min_endorsers = 0;
    EndorserNeed endorsers;
};

// Whether one evidence item can pass the filters of both needs: they share a type, kind and role
// where both restrict them, and ask for the same endorsers if both ask for some.
bool can_merge(const EvidenceNeed& a, const EvidenceNeed& b);
// The need that asks for all of both (scopes compared in the order of `vocabularies`).
EvidenceNeed merge(const EvidenceNeed& a, const EvidenceNeed& b,
                   const Vocabularies& vocabularies = Vocabularies::defaults());

} // namespace ladder
