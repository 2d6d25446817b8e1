#include "rules/endorser_count.hpp"

#include "util/text.hpp"
#include "yaml/map_reader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

namespace ladder {

long EndorserCount::count(const EvidenceItem& item) const {
    std::set<std::string> counted;
    for (const auto& endorsement : item.endorsements) {
        if (!endorsement.counts) {
            continue; // the person's own, or of a provenance the framework does not count
        }
        bool qualifies = std::all_of(with.begin(), with.end(), [&](const auto& wanted) {
            auto it = endorsement.attributes.find(wanted.first);
            return it != endorsement.attributes.end() && it->second == wanted.second;
        });
        if (!qualifies) {
            continue;
        }
        if (distinct.empty()) {
            counted.insert(endorsement.id);
        } else if (auto it = endorsement.attributes.find(distinct);
                   it != endorsement.attributes.end()) {
            counted.insert(it->second);
        }
    }
    return static_cast<long>(counted.size());
}

// "1 person with reviewer yes", "2 distinct values of organisation (among endorsers with
// reviewer yes)"
std::string EndorserCount::counted(long count) const {
    std::vector<std::string> conditions;
    for (const auto& [key, value] : with) {
        conditions.push_back(fmt::format("{} {}", key, value));
    }
    std::string qualified = conditions.empty() ? "" : " with " + join(conditions, " and ");
    if (distinct.empty()) {
        return fmt::format("{} {}{}", count, count == 1 ? "person" : "people", qualified);
    }
    return fmt::format("{} distinct {} of {}{}", count, count == 1 ? "value" : "values", distinct,
                       qualified.empty() ? "" : " (among endorsers" + qualified + ")");
}

// "endorsed by at least 2 people with reviewer yes", "endorsed by people with at least 2
// distinct values of organisation"
std::string EndorserCount::describe() const {
    if (distinct.empty()) {
        return "endorsed by at least " + counted(at_least);
    }
    return "endorsed by people with at least " + counted(at_least);
}

std::optional<EndorserCount> read_endorser_count(const YamlFile& file, const YamlNode& node) {
    MapReader map(file, node, "filter 'endorsers'", {"at_least", "distinct", "with"});
    if (!map.valid()) {
        return std::nullopt;
    }
    EndorserCount count;
    count.at_least = map.whole_number("at_least", false, 1, 1000).value_or(1);
    if (auto distinct = map.id("distinct", false)) {
        count.distinct = distinct->id;
    }
    if (map.has("with")) {
        YamlNode with = map.get("with");
        if (!with.IsMap()) {
            file.error(with, "wrong-type",
                       fmt::format("filter 'endorsers' 'with': expected a map of attribute to "
                                   "value, found {}",
                                   describe_node(with)));
            return std::nullopt;
        }
        for (const auto& entry : with) {
            auto key = read_id(file, entry.first, "filter 'endorsers' 'with'");
            auto value = read_text(file, entry.second, "filter 'endorsers' 'with'");
            if (key && value) {
                count.with[key->id] = *value;
            }
        }
    }
    return count;
}

} // namespace ladder
