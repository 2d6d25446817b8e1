#include "rules/rule_kinds.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

const std::vector<RuleKind>& rule_kinds() {
    static const std::vector<RuleKind> kinds = {
        {"rating", parse_rating_rule},     {"points", parse_points_rule},
        {"evidence", parse_evidence_rule}, {"demonstrated", parse_demonstrated_rule},
        {"tenure", parse_tenure_rule},     {"completed", parse_completed_rule},
        {"interest", parse_interest_rule}, {"all_of", parse_all_of_rule},
        {"any_of", parse_any_of_rule},     {"at_least", parse_at_least_rule},
    };
    return kinds;
}

std::vector<std::string> rule_kind_names() {
    std::vector<std::string> names;
    for (const auto& kind : rule_kinds()) {
        names.push_back(kind.name);
    }
    return names;
}

namespace {

RulePtr parse_kind(const YamlFile& file, const std::string& name, const YamlNode& key,
                   const YamlNode& value) {
    for (const auto& kind : rule_kinds()) {
        if (kind.name == name) {
            return kind.parse(RuleSource{file, value, file.at(key)});
        }
    }
    return nullptr;
}

YamlNode key_node(const YamlNode& map, const std::string& name) {
    for (const auto& entry : map) {
        if (entry.first.Scalar() == name) {
            return entry.first;
        }
    }
    return map;
}

} // namespace

RulePtr parse_criterion_rule(const MapReader& criterion) {
    auto names = criterion.present_keys(rule_kind_names());
    if (names.empty() && criterion.misspelt_one_of(rule_kind_names())) {
        return nullptr; // reported as the unknown key meant for a rule
    }
    if (names.empty()) {
        criterion.file().error(criterion.node(), "missing-rule",
                               fmt::format("{}: expected exactly one rule ({}), found none",
                                           criterion.what(), join(rule_kind_names(), ", ")));
        return nullptr;
    }
    if (names.size() > 1) {
        criterion.file().error(key_node(criterion.node(), names[1]), "several-rules",
                               fmt::format("{}: expected exactly one rule, found {}; combine "
                                           "rules with all_of, any_of or at_least",
                                           criterion.what(), join(names, " and ")));
        return nullptr;
    }
    return parse_kind(criterion.file(), names[0], key_node(criterion.node(), names[0]),
                      criterion.get(names[0]));
}

RulePtr parse_rule_option(const YamlFile& file, const YamlNode& option, const std::string& what) {
    if (!option.IsMap() || option.size() != 1) {
        file.error(option, "wrong-type",
                   fmt::format("{}: expected a map with exactly one rule ({}), found {}", what,
                               join(rule_kind_names(), ", "),
                               option.IsMap() ? fmt::format("{} keys", option.size())
                                              : describe_node(option)));
        return nullptr;
    }
    auto entry = *option.begin();
    const std::string& name = entry.first.Scalar();
    if (RulePtr rule = parse_kind(file, name, entry.first, entry.second)) {
        return rule;
    }
    auto names = rule_kind_names();
    if (std::find(names.begin(), names.end(), name) == names.end()) {
        file.error(entry.first, "unknown-rule",
                   fmt::format("{}: unknown rule '{}'{}", what, name, did_you_mean(name, names)));
    }
    return nullptr;
}

} // namespace ladder
