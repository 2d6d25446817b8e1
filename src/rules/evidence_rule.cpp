// evidence: {at_least: N, FILTERS...} - at least N evidence items pass every filter.

#include "rules/evidence_filter.hpp"
#include "rules/rule_support.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class EvidenceRule final : public Rule {
public:
    EvidenceRule(Location where, long at_least, EvidenceFilter filter)
        : Rule(std::move(where)), at_least_(at_least), filter_(std::move(filter)) {}

    std::string_view kind() const override { return "evidence"; }

    std::string describe(const Framework& framework) const override {
        return "at least " + filter_.describe_items(framework, at_least_);
    }

    Outcome evaluate(const RuleContext& context) const override {
        auto any_item = [](const EvidenceItem&) -> std::optional<std::string> { return {}; };
        return count_evidence(context, filter_, at_least_, any_item, {"matching evidence item", "matching evidence items"});
    }

    void check(const RuleCheckContext& context) const override { filter_.check(context); }

    nlohmann::json to_json() const override {
        nlohmann::json rule = {{"at_least", at_least_}};
        filter_.add_to_json(rule);
        return {{"evidence", rule}};
    }

private:
    long at_least_;
    EvidenceFilter filter_;
};

} // namespace

RulePtr parse_evidence_rule(const RuleSource& source) {
    std::vector<std::string> keys = EvidenceFilter::keys();
    keys.push_back("at_least");
    MapReader map = rule_map(source, "evidence", keys);
    if (!map.valid()) {
        return nullptr;
    }
    long at_least = map.whole_number("at_least", false, 1, 1000).value_or(1);
    return std::make_shared<EvidenceRule>(source.where, at_least, EvidenceFilter::read(map));
}

} // namespace ladder
