#pragma once
// The filters that `evidence` and `demonstrated` rules apply to a person's evidence items,
// how they read in plain words, and why an item passes or not.

#include "model/framework.hpp"
#include "model/person.hpp"
#include "rules/endorser_count.hpp"
#include "rules/rule_kinds.hpp"

#include <functional>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct EvidenceFilter {
    std::vector<IdRef> types;
    std::vector<IdRef> kinds;
    std::vector<IdRef> roles;
    std::optional<IdRef> min_scope;
    std::optional<IdRef> competency;
    std::vector<std::string> tags;
    std::optional<int> within_months;
    std::optional<int> min_endorsers;
    std::optional<EndorserCount> endorsers;

    static const std::vector<std::string>& keys();
    // Reads the filter keys of `map` (which the caller created with keys() among its keys).
    static EvidenceFilter read(const MapReader& map);

    // The first filter an item fails (cheap: no text), and that reason in words for --explain
    // ("too old: dated 2023-01-10, before 2024-05-01").
    enum class Rejection {
        none,
        after_as_of,
        type,
        kind,
        role,
        scope,
        competency,
        tag,
        too_old,
        endorsers,
        endorser_count
    };
    // Scopes are compared in the order of `vocabularies` (the framework's).
    Rejection check_item(const EvidenceItem& item, const Date& as_of,
                         const Vocabularies& vocabularies = Vocabularies::defaults()) const;
    std::string explain(Rejection rejection, const EvidenceItem& item, const Date& as_of) const;
    // How many filters the item fails, not only the first: 1 is a near miss (--explain).
    int failed_filters(const EvidenceItem& item, const Date& as_of,
                       const Vocabularies& vocabularies = Vocabularies::defaults()) const;
    // Both at once: why the item does not pass, or nullopt if it does.
    std::optional<std::string>
    rejects(const EvidenceItem& item, const Date& as_of,
            const Vocabularies& vocabularies = Vocabularies::defaults()) const;

    // "2 projects where you were lead, at org scope or wider, in the last 18 months"
    std::string describe_items(const Framework& framework, long count, bool more = false) const;
    // The same without the count: "projects where you were lead, ..." (`many`: plural noun).
    std::string describe_kind(const Framework& framework, bool many) const;
    // The filters without the noun: "of type talk, where you were lead, in the last 12 months".
    std::string describe_conditions(const Framework& framework) const;
    bool empty() const;
    // "1 more project ..., dated on or after 2025-05-01": the window as a date.
    std::string describe_missing(const Framework& framework, long count, const Date& as_of) const;
    // The same as data: `count` more items passing this filter, the window as a date.
    EvidenceNeed need(long count, const Date& as_of) const;

    void check(const RuleCheckContext& context) const;
    void add_to_json(nlohmann::json& rule) const;

private:
    bool fails(Rejection filter, const EvidenceItem& item, const Date& as_of,
               const Vocabularies& vocabularies) const;
    const std::string* missing_tag(const EvidenceItem& item) const;
    std::string describe_qualifiers(const Framework& framework) const;
};

struct CountedNoun {
    std::string_view one;
    std::string_view many;
};

// A condition an item must meet before the filter applies, and why an item that fails it
// does not count (`demonstrated`: the item must name the criterion; `any_of`: the item must
// pass one of the filter sets). `why_not` is only called when explaining.
struct ItemCondition {
    std::function<bool(const EvidenceItem&)> accepts;
    std::function<std::string(const EvidenceItem&)> why_not;
};

// Counts the items that meet `condition` and pass the filter (each as 1, or as its quantity
// when `by_quantity`); fills the outcome's status, reason, evidence and (when explaining)
// considered items, and `missing` from `describe_missing(still needed)`.
Outcome count_evidence(const RuleContext& context, const EvidenceFilter& filter, long at_least,
                       const ItemCondition& condition, const CountedNoun& noun,
                       bool by_quantity = false,
                       const std::function<std::string(long)>& describe_missing = {});

} // namespace ladder
