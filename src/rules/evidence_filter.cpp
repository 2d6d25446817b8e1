#include "rules/evidence_filter.hpp"

#include "model/template_placeholders.hpp"
#include "rules/rule_support.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>

namespace ladder {

namespace {

std::vector<std::string> ids(const std::vector<IdRef>& refs) {
    std::vector<std::string> result;
    for (const auto& ref : refs) {
        result.push_back(ref.id);
    }
    return result;
}

bool contains(const std::vector<IdRef>& refs, std::string_view id) {
    return std::any_of(refs.begin(), refs.end(), [&](const IdRef& ref) { return ref.id == id; });
}

std::string either(const std::vector<IdRef>& refs) {
    return join(ids(refs), " or ");
}

std::string kinds_in_words(const std::vector<IdRef>& kinds) {
    std::vector<std::string> words;
    for (const auto& kind : kinds) {
        words.push_back(kind.id == "artifact"    ? "an artifact"
                        : kind.id == "testimony" ? "peer testimony"
                        : kind.id == "sign_off"  ? "a manager's sign-off"
                                                 : kind.id);
    }
    return join(words, " or ");
}

std::size_t distinct_endorsers(const EvidenceItem& item) {
    return std::set<std::string>(item.endorsed_by.begin(), item.endorsed_by.end()).size();
}

// " (not counted: E0450, self-assessed)": the endorsements an item lists that do not count.
std::string uncounted_endorsements(const EvidenceItem& item) {
    std::vector<std::string> uncounted;
    for (const auto& endorsement : item.endorsements) {
        if (!endorsement.counts) {
            uncounted.push_back(
                fmt::format("{}, {}", endorsement.id, provenance_words(endorsement.provenance)));
        }
    }
    return uncounted.empty() ? "" : fmt::format(" (not counted: {})", join(uncounted, "; "));
}

std::vector<IdRef> read_vocabulary(const MapReader& map, const std::string& key) {
    return map.id_list(key);
}

} // namespace

const std::vector<std::string>& EvidenceFilter::keys() {
    static const std::vector<std::string> keys = {"type",          "kind",          "role",
                                                  "min_scope",     "competency",    "tags",
                                                  "within_months", "min_endorsers", "endorsers"};
    return keys;
}

EvidenceFilter EvidenceFilter::read(const MapReader& map) {
    EvidenceFilter filter;
    filter.types = read_vocabulary(map, "type");
    filter.kinds = read_vocabulary(map, "kind");
    filter.roles = read_vocabulary(map, "role");
    filter.min_scope = map.id("min_scope", false);
    filter.competency = map.id("competency", false);
    filter.tags = map.text_list("tags");
    if (auto months = map.whole_number("within_months", false, 1, 1200)) {
        filter.within_months = static_cast<int>(*months);
    }
    if (auto endorsers = map.whole_number("min_endorsers", false, 0, 1000)) {
        filter.min_endorsers = static_cast<int>(*endorsers);
    }
    if (map.has("endorsers")) {
        filter.endorsers = read_endorser_count(map.file(), map.get("endorsers"));
    }
    return filter;
}

bool EvidenceFilter::fails(Rejection filter, const EvidenceItem& item, const Date& as_of,
                           const Vocabularies& vocabularies) const {
    switch (filter) {
    case Rejection::none:
        return false;
    case Rejection::after_as_of:
        return item.date > as_of;
    case Rejection::type:
        return !types.empty() && !contains(types, item.type);
    case Rejection::kind:
        return !kinds.empty() && !contains(kinds, item.kind);
    case Rejection::role:
        return !roles.empty() && !contains(roles, item.role);
    case Rejection::scope:
        return min_scope &&
               vocabularies.scope_rank(item.scope) < vocabularies.scope_rank(min_scope->id);
    case Rejection::competency:
        return competency && !contains(item.competencies, competency->id);
    case Rejection::tag:
        return missing_tag(item) != nullptr;
    case Rejection::too_old:
        return within_months && item.date < as_of.minus_months(*within_months);
    case Rejection::endorsers:
        return min_endorsers && distinct_endorsers(item) < static_cast<std::size_t>(*min_endorsers);
    case Rejection::endorser_count:
        return endorsers && endorsers->count(item) < endorsers->at_least;
    }
    return false;
}

namespace {

// In the order check_item tries them.
constexpr EvidenceFilter::Rejection every_filter[] = {
    EvidenceFilter::Rejection::after_as_of, EvidenceFilter::Rejection::type,
    EvidenceFilter::Rejection::kind,        EvidenceFilter::Rejection::role,
    EvidenceFilter::Rejection::scope,       EvidenceFilter::Rejection::competency,
    EvidenceFilter::Rejection::tag,         EvidenceFilter::Rejection::too_old,
    EvidenceFilter::Rejection::endorsers,   EvidenceFilter::Rejection::endorser_count};

} // namespace

EvidenceFilter::Rejection EvidenceFilter::check_item(const EvidenceItem& item, const Date& as_of,
                                                     const Vocabularies& vocabularies) const {
    for (Rejection filter : every_filter) {
        if (fails(filter, item, as_of, vocabularies)) {
            return filter;
        }
    }
    return Rejection::none;
}

int EvidenceFilter::failed_filters(const EvidenceItem& item, const Date& as_of,
                                   const Vocabularies& vocabularies) const {
    int failed = 0;
    for (Rejection filter : every_filter) {
        failed += fails(filter, item, as_of, vocabularies) ? 1 : 0;
    }
    return failed;
}

std::optional<std::string> EvidenceFilter::rejects(const EvidenceItem& item, const Date& as_of,
                                                   const Vocabularies& vocabularies) const {
    Rejection rejection = check_item(item, as_of, vocabularies);
    if (rejection == Rejection::none) {
        return std::nullopt;
    }
    return explain(rejection, item, as_of);
}

const std::string* EvidenceFilter::missing_tag(const EvidenceItem& item) const {
    for (const auto& tag : tags) {
        if (std::find(item.tags.begin(), item.tags.end(), tag) == item.tags.end()) {
            return &tag;
        }
    }
    return nullptr;
}

std::string EvidenceFilter::explain(Rejection rejection, const EvidenceItem& item,
                                    const Date& as_of) const {
    switch (rejection) {
    case Rejection::none:
        return "counts";
    case Rejection::after_as_of:
        return fmt::format("dated {}, after the evaluation date {}", item.date.to_string(),
                           as_of.to_string());
    case Rejection::type:
        return fmt::format("type {}, not {}", item.type, either(types));
    case Rejection::kind:
        return item.kind.empty() ? fmt::format("kind not stated, not {}", either(kinds))
                                 : fmt::format("kind {}, not {}", item.kind, either(kinds));
    case Rejection::role:
        return item.role.empty() ? fmt::format("no role given, expected {}", either(roles))
                                 : fmt::format("role {}, not {}", item.role, either(roles));
    case Rejection::scope:
        return item.scope.empty()
                   ? fmt::format("no scope given, expected {} or wider", min_scope->id)
                   : fmt::format("scope {} is smaller than {}", item.scope, min_scope->id);
    case Rejection::competency:
        return fmt::format("does not list the competency {}", competency->id);
    case Rejection::tag:
        return fmt::format("not tagged '{}'", *missing_tag(item));
    case Rejection::too_old:
        return fmt::format("too old: dated {}, before {}", item.date.to_string(),
                           as_of.minus_months(*within_months).to_string());
    case Rejection::endorsers:
        return fmt::format("endorsed by {}, fewer than {}{}",
                           plural(static_cast<long>(distinct_endorsers(item)), "person", "people"),
                           *min_endorsers, uncounted_endorsements(item));
    case Rejection::endorser_count: {
        long found = endorsers->count(item);
        return fmt::format("{} {}, fewer than {}{}",
                           endorsers->distinct.empty() ? "endorsed by" : "endorsers have",
                           endorsers->counted(found), endorsers->at_least,
                           uncounted_endorsements(item));
    }
    }
    return "does not match";
}

std::string EvidenceFilter::describe_qualifiers(const Framework& framework) const {
    std::vector<std::string> parts;
    if (!roles.empty()) {
        parts.push_back(fmt::format("where you were {}", either(roles)));
    }
    if (min_scope) {
        parts.push_back(fmt::format("at {} scope or wider", plain_word(min_scope->id)));
    }
    if (competency) {
        parts.push_back(fmt::format("showing {}", competency_name(framework, competency->id)));
    }
    if (!tags.empty()) {
        parts.push_back(fmt::format("tagged {}", join(tags, " and ")));
    }
    if (!kinds.empty()) {
        parts.push_back(fmt::format("backed by {}", kinds_in_words(kinds)));
    }
    if (min_endorsers && *min_endorsers > 0) {
        parts.push_back(
            fmt::format("endorsed by at least {}", plural(*min_endorsers, "person", "people")));
    }
    if (endorsers) {
        parts.push_back(endorsers->describe());
    }
    return parts.empty() ? "" : " " + join(parts, ", ");
}

std::string EvidenceFilter::describe_items(const Framework& framework, long count,
                                           bool more) const {
    return fmt::format("{}{} {}", count, more ? " more" : "", describe_kind(framework, count != 1));
}

std::string EvidenceFilter::describe_kind(const Framework& framework, bool many) const {
    std::string noun;
    if (types.size() == 1) {
        noun = evidence_type_noun(types.front().id, many);
    } else if (types.empty()) {
        noun = many ? "evidence items" : "evidence item";
    } else {
        noun = fmt::format("{} ({})", many ? "items" : "item", either(types));
    }
    std::string text = noun + describe_qualifiers(framework);
    if (within_months) {
        text += fmt::format(", in the last {} months", *within_months);
    }
    return text;
}

std::string EvidenceFilter::describe_conditions(const Framework& framework) const {
    std::string text = types.empty() ? "" : "of type " + either(types);
    text += describe_qualifiers(framework);
    if (within_months) {
        text += fmt::format(", in the last {} months", *within_months);
    }
    std::size_t start = text.find_first_not_of(", ");
    return start == std::string::npos ? "" : text.substr(start);
}

bool EvidenceFilter::empty() const {
    return types.empty() && kinds.empty() && roles.empty() && !min_scope && !competency &&
           tags.empty() && !within_months && !min_endorsers;
}

std::string EvidenceFilter::describe_missing(const Framework& framework, long count,
                                             const Date& as_of) const {
    std::string text = describe_items(framework, count, true);
    if (within_months) {
        auto suffix = fmt::format(", in the last {} months", *within_months);
        text.erase(text.size() - suffix.size());
        text +=
            fmt::format(", dated on or after {}", as_of.minus_months(*within_months).to_string());
    }
    return text;
}

EvidenceNeed EvidenceFilter::need(long count, const Date& as_of) const {
    EvidenceNeed need;
    need.count = count;
    need.types = ids(types);
    need.kinds = ids(kinds);
    need.roles = ids(roles);
    need.min_scope = min_scope ? min_scope->id : "";
    if (competency) {
        need.competencies.push_back(competency->id);
    }
    need.tags = tags;
    if (within_months) {
        need.dated_on_or_after = as_of.minus_months(*within_months);
    }
    need.min_endorsers = min_endorsers.value_or(0);
    if (endorsers) {
        need.endorsers = {endorsers->at_least, endorsers->distinct, endorsers->with};
    }
    return need;
}

void EvidenceFilter::check(const RuleCheckContext& context) const {
    Diagnostics& diagnostics = context.diagnostics;
    const Vocabularies& words = context.framework.vocabularies;
    for (const auto& type : types) {
        check_reference(diagnostics, type, "evidence type", words.types);
    }
    for (const auto& kind : kinds) {
        check_reference(diagnostics, kind, "evidence kind", words.kinds);
    }
    for (const auto& role : roles) {
        check_reference(diagnostics, role, "role", words.roles);
    }
    if (min_scope) {
        check_reference(diagnostics, *min_scope, "scope", words.scopes);
    }
    if (competency) {
        check_reference(diagnostics, *competency, "competency", context.framework.competency_ids());
    }
}

void EvidenceFilter::add_to_json(nlohmann::json& rule) const {
    auto list = [&](const char* key, const std::vector<IdRef>& refs) {
        if (!refs.empty()) {
            rule[key] = ids(refs);
        }
    };
    list("type", types);
    list("kind", kinds);
    list("role", roles);
    if (min_scope) {
        rule["min_scope"] = min_scope->id;
    }
    if (competency) {
        rule["competency"] = competency->id;
    }
    if (!tags.empty()) {
        rule["tags"] = tags;
    }
    if (within_months) {
        rule["within_months"] = *within_months;
    }
    if (min_endorsers) {
        rule["min_endorsers"] = *min_endorsers;
    }
    if (endorsers) {
        nlohmann::json count = {{"at_least", endorsers->at_least}};
        if (!endorsers->distinct.empty()) {
            count["distinct"] = endorsers->distinct;
        }
        if (!endorsers->with.empty()) {
            count["with"] = endorsers->with;
        }
        rule["endorsers"] = count;
    }
}

namespace {

std::string example_item_words() {
    return fmt::format("the example from 'ladder template' (titled '{}'): give it the title and "
                       "facts of your own work",
                       placeholder::item_title);
}

} // namespace

Outcome count_evidence(const RuleContext& context, const EvidenceFilter& filter, long at_least,
                       const ItemCondition& condition, const CountedNoun& noun, bool by_quantity,
                       const std::function<std::string(long)>& describe_missing) {
    Outcome outcome;
    long found = 0;
    long items = 0;
    for (const auto& item : context.person.evidence) {
        // The template's example is one more test an item fails: it is shown, never counted.
        bool example = placeholder::is_example_item(item);
        bool accepted = !example && condition.accepts(item);
        auto rejection =
            accepted ? filter.check_item(item, context.as_of, context.framework.vocabularies)
                     : EvidenceFilter::Rejection::none;
        bool counted = accepted && rejection == EvidenceFilter::Rejection::none;
        if (counted) {
            // Which items counted is named from Detail::evidence on: a verdict needs the count.
            if (context.counted_items()) {
                outcome.evidence.push_back(item.id);
            }
            ++items;
            found += by_quantity ? item.quantity : 1;
        }
        // Reasons are words for --explain and JSON; a batch run does not pay for them.
        if (context.explain()) {
            std::string why = example    ? example_item_words()
                              : accepted ? filter.explain(rejection, item, context.as_of)
                                         : condition.why_not(item);
            // The rule's own condition (naming the criterion, say) is one more test to pass.
            int failed =
                filter.failed_filters(item, context.as_of, context.framework.vocabularies) +
                (accepted ? 0 : 1) + (example && !condition.accepts(item) ? 1 : 0);
            outcome.considered.push_back({item.id, counted, std::move(why), failed});
        }
    }
    outcome.progress = at_least == 0 ? 1.0 : std::min(1.0, static_cast<double>(found) / at_least);
    if (context.sentences()) {
        outcome.reason = by_quantity
                             ? fmt::format("{} by quantity, from {} {} ({} needed)", found, items,
                                           items == 1 ? noun.one : noun.many, at_least)
                             : fmt::format("{} {} ({} needed)", found,
                                           found == 1 ? noun.one : noun.many, at_least);
        if (found > 0) {
            outcome.reason += fmt::format(": {}", join(outcome.evidence, ", "));
        }
    }
    if (found >= at_least) {
        outcome.status = Status::met;
        return outcome;
    }
    outcome.status = found > 0 ? Status::partial : Status::not_met;
    // What is missing, in words and as the need next steps plan with, is for the reports that
    // show it: a batch row shows verdicts (with a ten times larger framework, building these
    // needs was 2% of a batch run).
    if (context.sentences()) {
        outcome.missing =
            describe_missing
                ? describe_missing(at_least - found)
                : filter.describe_missing(context.framework, at_least - found, context.as_of);
        Need need;
        need.kind = Need::Kind::evidence;
        need.evidence = filter.need(at_least - found, context.as_of);
        outcome.needs.push_back(std::move(need));
    }
    return outcome;
}

} // namespace ladder
