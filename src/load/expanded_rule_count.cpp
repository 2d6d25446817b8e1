#include "load/expanded_rule_count.hpp"

#include "rules/rule_kinds.hpp"

#include <algorithm>
#include <vector>

namespace ladder {

namespace {

// The options of a combination: `all_of: [...]` or `at_least: {count: N, of: [...]}`.
YamlNode options_of(const YamlNode& value) {
    if (value.IsSequence()) {
        return value;
    }
    if (value.IsMap() && value["of"] && value["of"].IsSequence()) {
        return value["of"];
    }
    return YamlNode();
}

} // namespace

std::size_t count_expanded_rules(const YamlNode& criterion, std::size_t stop_after) {
    static const std::vector<std::string> kinds = rule_kind_names();
    std::size_t count = 0;
    // Iterative: the nesting is bounded by --max-depth, but a walk must not rely on it.
    std::vector<YamlNode> pending{criterion};
    while (!pending.empty() && count <= stop_after) {
        YamlNode rule = pending.back();
        pending.pop_back();
        if (!rule.IsMap()) {
            continue;
        }
        for (const auto& entry : rule) {
            if (!entry.first.IsScalar() ||
                std::find(kinds.begin(), kinds.end(), entry.first.Scalar()) == kinds.end()) {
                continue;
            }
            ++count;
            YamlNode options = options_of(entry.second);
            if (options.IsSequence()) {
                for (const auto& option : options) {
                    pending.push_back(option);
                }
            }
        }
    }
    return count;
}

} // namespace ladder
