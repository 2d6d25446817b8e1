#pragma once
// The table of rule kinds and the parsing entry points. A new rule kind is one new file with
// its parse function, plus one line in rule_kinds.cpp.

#include "model/rule.hpp"
#include "yaml/map_reader.hpp"

#include <memory>
#include <string>
#include <vector>

namespace ladder {

using RulePtr = std::shared_ptr<const Rule>;

// The YAML under a rule key (`evidence: {...}`), and where the key was written.
struct RuleSource {
    const YamlFile& file;
    YamlNode value;
    Location where;
};

struct RuleKind {
    std::string name;
    RulePtr (*parse)(const RuleSource& source);
};

const std::vector<RuleKind>& rule_kinds();
std::vector<std::string> rule_kind_names();

// The rule of a criterion map: exactly one of its keys must be a rule kind.
RulePtr parse_criterion_rule(const MapReader& criterion);
// An option of all_of / any_of / at_least: a map with exactly one rule key.
RulePtr parse_rule_option(const YamlFile& file, const YamlNode& option, const std::string& what);

RulePtr parse_rating_rule(const RuleSource& source);
RulePtr parse_points_rule(const RuleSource& source);
RulePtr parse_evidence_rule(const RuleSource& source);
RulePtr parse_demonstrated_rule(const RuleSource& source);
RulePtr parse_tenure_rule(const RuleSource& source);
RulePtr parse_completed_rule(const RuleSource& source);
RulePtr parse_interest_rule(const RuleSource& source);
RulePtr parse_all_of_rule(const RuleSource& source);
RulePtr parse_any_of_rule(const RuleSource& source);
RulePtr parse_at_least_rule(const RuleSource& source);

} // namespace ladder
