#pragma once
// The words an evidence file may use for an item's type, kind, role and scope. A framework may
// declare its own (a contributor ladder has pull requests and maintainers); these are the
// defaults, the lists ladder has always had.

#include "util/diagnostic.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ladder {

struct Vocabularies {
    std::vector<std::string> types;
    std::vector<std::string> kinds;
    std::vector<std::string> roles;
    std::vector<std::string> scopes; // smallest first: the order is their size
    // The kind of an item that does not say one, when the framework chooses one explicitly
    // (`unstated_kind`); empty by default: evidence, not faith, passes no `kind` filter unsaid.
    std::string unstated_kind;
    Location where; // of the `vocabularies:` section, if the framework has one

    // Today's lists.
    static const Vocabularies& defaults();

    // Position of a scope in `scopes`, or -1.
    int scope_rank(std::string_view scope) const;
    bool same_words(const Vocabularies& other) const {
        return types == other.types && kinds == other.kinds && roles == other.roles &&
               scopes == other.scopes && unstated_kind == other.unstated_kind;
    }
};

// A vocabulary word as prose shows it: multi_team -> multi-team.
std::string plain_word(std::string_view word);

} // namespace ladder
