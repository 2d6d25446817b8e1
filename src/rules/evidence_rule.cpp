// evidence: {at_least: N, FILTERS...} - at least N evidence items pass every filter.
// demonstrated: {at_least: N, FILTERS...} - the same, counting only items that name this
// criterion in their `demonstrates` list (the promotion-packet style). One rule counted two
// ways, so both kinds live here.

#include "rules/evidence_filter.hpp"
#include "rules/rule_support.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class EvidenceCountRule final : public Rule {
public:
    EvidenceCountRule(Location where, bool demonstrated, long at_least, EvidenceFilter filter)
        : Rule(std::move(where)), demonstrated_(demonstrated), at_least_(at_least),
          filter_(std::move(filter)) {}

    std::string_view kind() const override { return demonstrated_ ? "demonstrated" : "evidence"; }

    std::string describe(const Framework& framework) const override {
        std::string items = "at least " + filter_.describe_items(framework, at_least_);
        return demonstrated_ ? items + ", each naming this criterion in 'demonstrates'" : items;
    }

    Outcome evaluate(const RuleContext& context) const override {
        if (!demonstrated_) {
            ItemCondition any_item{[](const EvidenceItem&) { return true; }, ""};
            return count_evidence(context, filter_, at_least_, any_item,
                                  {"matching evidence item", "matching evidence items"});
        }
        std::string criterion(context.criterion_id);
        ItemCondition names_criterion{
            [&](const EvidenceItem& item) {
                return std::any_of(item.demonstrates.begin(), item.demonstrates.end(),
                                   [&](const IdRef& ref) { return ref.id == criterion; });
            },
            fmt::format("does not name {} in 'demonstrates'", criterion)};
        Outcome outcome = count_evidence(
            context, filter_, at_least_, names_criterion,
            {"item demonstrating this criterion", "items demonstrating this criterion"});
        if (!outcome.missing.empty()) {
            outcome.missing += fmt::format(", with '{}' in its 'demonstrates' list", criterion);
        }
        for (auto& need : outcome.needs) {
            need.evidence.demonstrates.push_back(criterion);
        }
        return outcome;
    }

    void check(const RuleCheckContext& context) const override { filter_.check(context); }

    nlohmann::json to_json() const override {
        nlohmann::json rule = {{"at_least", at_least_}};
        filter_.add_to_json(rule);
        return {{std::string(kind()), rule}};
    }

private:
    bool demonstrated_;
    long at_least_;
    EvidenceFilter filter_;
};

RulePtr parse_counting_rule(const RuleSource& source, bool demonstrated) {
    std::vector<std::string> keys = EvidenceFilter::keys();
    keys.push_back("at_least");
    MapReader map = rule_map(source, demonstrated ? "demonstrated" : "evidence", keys);
    if (!map.valid()) {
        return nullptr;
    }
    long at_least = map.whole_number("at_least", false, 1, 1000).value_or(1);
    return std::make_shared<EvidenceCountRule>(source.where, demonstrated, at_least,
                                               EvidenceFilter::read(map));
}

} // namespace

RulePtr parse_evidence_rule(const RuleSource& source) {
    return parse_counting_rule(source, false);
}

RulePtr parse_demonstrated_rule(const RuleSource& source) {
    return parse_counting_rule(source, true);
}

} // namespace ladder
