// evidence: {at_least: N, FILTERS...} - at least N evidence items pass every filter.
// demonstrated: {at_least: N, FILTERS...} - the same, counting only items that name this
// criterion in their `demonstrates` list (the promotion-packet style). One rule counted two
// ways, so both kinds live here.
// Both may add `any_of: [FILTERS, ...]` (an item must also pass one of these filter sets:
// "reviewed, or authored and merged") and `count: quantity` (an item counts as its `quantity`,
// "reviewed 30 changes", instead of as one).

#include "rules/evidence_filter.hpp"
#include "rules/rule_support.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

// How a rule counts beyond its own filters: the filter sets of `any_of`, and quantities.
struct Counting {
    std::vector<EvidenceFilter> any_of;
    bool by_quantity = false;
};

class EvidenceCountRule final : public Rule {
public:
    EvidenceCountRule(Location where, bool demonstrated, long at_least, EvidenceFilter filter,
                      Counting counting)
        : Rule(std::move(where)), demonstrated_(demonstrated), at_least_(at_least),
          filter_(std::move(filter)), counting_(std::move(counting)) {}

    std::string_view kind() const override { return demonstrated_ ? "demonstrated" : "evidence"; }

    std::string describe(const Framework& framework) const override {
        std::string items = "at least " + describe_count(framework, at_least_, false);
        return demonstrated_ ? items + ", each naming this criterion among what it demonstrates"
                             : items;
    }

    Outcome evaluate(const RuleContext& context) const override {
        auto missing = [&](long count) {
            if (counting_.any_of.empty() && !counting_.by_quantity) {
                return filter_.describe_missing(context.framework, count, context.as_of);
            }
            return describe_count(context.framework, count, true);
        };
        if (!demonstrated_) {
            ItemCondition any_item{
                [&](const EvidenceItem& item) { return passes_any_of(item, context); },
                [&](const EvidenceItem& item) {
                    return why_not(item, context);
                }};
            Outcome outcome = count_evidence(context, filter_, at_least_, any_item,
                                             {"matching evidence item", "matching evidence items"},
                                             counting_.by_quantity, missing);
            shape_needs(outcome, context);
            return outcome;
        }
        std::string_view criterion = context.criterion_id;
        ItemCondition names_criterion{
            [&](const EvidenceItem& item) {
                return std::any_of(item.demonstrates.begin(), item.demonstrates.end(),
                                   [&](const IdRef& ref) { return ref.id == criterion; }) &&
                       passes_any_of(item, context);
            },
            [&](const EvidenceItem& item) {
                bool names = std::any_of(item.demonstrates.begin(), item.demonstrates.end(),
                                         [&](const IdRef& ref) { return ref.id == criterion; });
                return names
                           ? why_not(item, context)
                           : fmt::format("does not name {} among what it demonstrates", criterion);
            }};
        Outcome outcome = count_evidence(
            context, filter_, at_least_, names_criterion,
            {"item demonstrating this criterion", "items demonstrating this criterion"},
            counting_.by_quantity, missing);
        if (!outcome.missing.empty()) {
            outcome.missing += fmt::format(", naming {} among what it demonstrates", criterion);
        }
        shape_needs(outcome, context);
        for (auto& need : outcome.needs) {
            need.evidence.demonstrates.emplace_back(criterion);
        }
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        filter_.check(context);
        for (const auto& option : counting_.any_of) {
            option.check(context);
        }
    }

    nlohmann::json to_json() const override {
        nlohmann::json rule = {{"at_least", at_least_}};
        filter_.add_to_json(rule);
        if (!counting_.any_of.empty()) {
            rule["any_of"] = nlohmann::json::array();
            for (const auto& option : counting_.any_of) {
                nlohmann::json set = nlohmann::json::object();
                option.add_to_json(set);
                rule["any_of"].push_back(set);
            }
        }
        if (counting_.by_quantity) {
            rule["count"] = "quantity";
        }
        return {{std::string(kind()), rule}};
    }

private:
    // What the open count asks of new items: that each also passes one `any_of` filter set (the
    // first that one item can pass with the rule's own filters), and with `count: quantity` one
    // item that records all the quantity still missing.
    void shape_needs(Outcome& outcome, const RuleContext& context) const {
        for (auto& need : outcome.needs) {
            EvidenceNeed& items = need.evidence;
            for (const auto& option : counting_.any_of) {
                EvidenceNeed option_need = option.need(items.count, context.as_of);
                if (can_merge(items, option_need)) {
                    items = merge(items, option_need, context.framework.vocabularies);
                    break;
                }
            }
            if (counting_.by_quantity) {
                items.quantity = items.count;
                items.count = 1;
            }
        }
    }

    bool passes_any_of(const EvidenceItem& item, const RuleContext& context) const {
        return counting_.any_of.empty() ||
               std::any_of(counting_.any_of.begin(), counting_.any_of.end(),
                           [&](const EvidenceFilter& option) {
                               return option.check_item(item, context.as_of,
                                                        context.framework.vocabularies) ==
                                      EvidenceFilter::Rejection::none;
                           });
    }

    // "passes none of the 'any_of' filter sets: type talk, not review; role lead, not reviewer"
    std::string why_not(const EvidenceItem& item, const RuleContext& context) const {
        std::vector<std::string> reasons;
        for (const auto& option : counting_.any_of) {
            auto rejection = option.check_item(item, context.as_of, context.framework.vocabularies);
            reasons.push_back(option.explain(rejection, item, context.as_of));
        }
        return "passes none of the 'any_of' filter sets: " + join(reasons, "; ");
    }

    // "20 (counting quantities) of: reviews where you were reviewer, or projects tagged merged"
    std::string describe_count(const Framework& framework, long count, bool more) const {
        std::string text = fmt::format("{}{}", count, more ? " more" : "");
        if (counting_.by_quantity) {
            text += " (counting each item's quantity)";
        }
        if (counting_.any_of.empty()) {
            return text + " " + filter_.describe_kind(framework, count != 1);
        }
        std::vector<std::string> options;
        for (const auto& option : counting_.any_of) {
            options.push_back(option.describe_kind(framework, true));
        }
        text += " of: " + join(options, ", or ");
        if (!filter_.empty()) {
            text += "; each " + filter_.describe_conditions(framework);
        }
        return text;
    }

    bool demonstrated_;
    long at_least_;
    EvidenceFilter filter_;
    Counting counting_;
};

std::optional<Counting> read_counting(const RuleSource& source, const MapReader& map) {
    Counting counting;
    bool valid = true;
    map.for_each_item("any_of", [&](const YamlNode& node) {
        MapReader option(source.file, node, "evidence filter set", EvidenceFilter::keys());
        if (!option.valid()) {
            valid = false;
            return;
        }
        counting.any_of.push_back(EvidenceFilter::read(option));
    });
    if (auto count = map.text("count", false)) {
        if (*count != "items" && *count != "quantity") {
            source.file.error(map.get("count"), "wrong-value",
                              fmt::format("{} 'count': expected items or quantity, found '{}'",
                                          map.what(), *count));
            valid = false;
        }
        counting.by_quantity = *count == "quantity";
    }
    if (!valid) {
        return std::nullopt;
    }
    return counting;
}

RulePtr parse_counting_rule(const RuleSource& source, bool demonstrated) {
    std::vector<std::string> keys = EvidenceFilter::keys();
    keys.insert(keys.end(), {"at_least", "any_of", "count"});
    MapReader map = rule_map(source, demonstrated ? "demonstrated" : "evidence", keys);
    if (!map.valid()) {
        return nullptr;
    }
    long at_least = map.whole_number("at_least", false, 1, 1000).value_or(1);
    auto counting = read_counting(source, map);
    if (!counting) {
        return nullptr;
    }
    return std::make_shared<EvidenceCountRule>(source.where, demonstrated, at_least,
                                               EvidenceFilter::read(map), std::move(*counting));
}

} // namespace

RulePtr parse_evidence_rule(const RuleSource& source) {
    return parse_counting_rule(source, false);
}

RulePtr parse_demonstrated_rule(const RuleSource& source) {
    return parse_counting_rule(source, true);
}

} // namespace ladder
