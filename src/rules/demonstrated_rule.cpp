// demonstrated: {at_least: N, FILTERS...} - at least N evidence items name this criterion in
// their `demonstrates` list (the promotion-packet style) and pass the filters.

#include "rules/evidence_filter.hpp"
#include "rules/rule_support.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class DemonstratedRule final : public Rule {
public:
    DemonstratedRule(Location where, long at_least, EvidenceFilter filter)
        : Rule(std::move(where)), at_least_(at_least), filter_(std::move(filter)) {}

    std::string_view kind() const override { return "demonstrated"; }

    std::string describe(const Framework& framework) const override {
        return fmt::format("at least {}, each naming this criterion in 'demonstrates'",
                           filter_.describe_items(framework, at_least_));
    }

    Outcome evaluate(const RuleContext& context) const override {
        std::string criterion(context.criterion_id);
        auto names_criterion = [&](const EvidenceItem& item) -> std::optional<std::string> {
            bool named = std::any_of(item.demonstrates.begin(), item.demonstrates.end(),
                                     [&](const IdRef& ref) { return ref.id == criterion; });
            if (named) {
                return std::nullopt;
            }
            return fmt::format("does not name {} in 'demonstrates'", criterion);
        };
        Outcome outcome = count_evidence(context, filter_, at_least_, names_criterion,
                                         {"item demonstrating this criterion",
                                          "items demonstrating this criterion"});
        if (!outcome.missing.empty()) {
            outcome.missing += fmt::format(", with '{}' in its 'demonstrates' list", criterion);
        }
        return outcome;
    }

    void check(const RuleCheckContext& context) const override { filter_.check(context); }

    nlohmann::json to_json() const override {
        nlohmann::json rule = {{"at_least", at_least_}};
        filter_.add_to_json(rule);
        return {{"demonstrated", rule}};
    }

private:
    long at_least_;
    EvidenceFilter filter_;
};

} // namespace

RulePtr parse_demonstrated_rule(const RuleSource& source) {
    std::vector<std::string> keys = EvidenceFilter::keys();
    keys.push_back("at_least");
    MapReader map = rule_map(source, "demonstrated", keys);
    if (!map.valid()) {
        return nullptr;
    }
    long at_least = map.whole_number("at_least", false, 1, 1000).value_or(1);
    return std::make_shared<DemonstratedRule>(source.where, at_least, EvidenceFilter::read(map));
}

} // namespace ladder
