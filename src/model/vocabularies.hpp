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
    std::vector<std::string> kinds; // the first is an item's kind when it gives none
    std::vector<std::string> roles;
    std::vector<std::string> scopes; // smallest first: the order is their size
    Location where;                  // of the `vocabularies:` section, if the framework has one

    // Today's lists.
    static const Vocabularies& defaults();

    // Position of a scope in `scopes`, or -1.
    int scope_rank(std::string_view scope) const;
    const std::string& default_kind() const { return kinds.front(); }
    bool same_words(const Vocabularies& other) const {
        return types == other.types && kinds == other.kinds && roles == other.roles &&
               scopes == other.scopes;
    }
};

} // namespace ladder
