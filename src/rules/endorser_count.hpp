#pragma once
// The `endorsers` filter of evidence rules: who endorsed an item, by their attributes.

#include "model/person.hpp"
#include "yaml/yaml_file.hpp"

#include <map>
#include <optional>
#include <string>

namespace ladder {

// `endorsers: {at_least: N, distinct: ATTRIBUTE, with: {ATTRIBUTE: VALUE}}`: at least N
// endorsers having the `with` values, or, with `distinct`, at least N different values of that
// attribute among them ("from at least 2 organisations").
struct EndorserCount {
    long at_least = 1;
    std::string distinct; // empty: count distinct endorsers
    std::map<std::string, std::string> with;

    long count(const EvidenceItem& item) const;
    std::string describe() const;
    // "2 people with reviewer yes", "2 distinct values of organisation"
    std::string counted(long count) const;
};

// Reads `endorsers: {at_least, distinct, with}`; nullopt after reporting a problem.
std::optional<EndorserCount> read_endorser_count(const YamlFile& file, const YamlNode& node);

} // namespace ladder
