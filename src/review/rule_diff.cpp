#include "review/rule_diff.hpp"

#include "model/person.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <limits>
#include <set>

namespace ladder {

namespace {

using json = nlohmann::json;

class RuleComparer {
public:
    explicit RuleComparer(const Framework& framework) : framework_(framework) {}

    RuleDiff compare(const json& before, const json& after) {
        compare_rule(before, after, "");
        return std::move(result_);
    }

private:
    void compare_rule(const json& before, const json& after, const std::string& prefix) {
        if (before == after) {
            return;
        }
        if (!before.is_object() || !after.is_object() || before.empty() || after.empty() ||
            before.begin().key() != after.begin().key()) {
            result_.unclassified = true;
            return;
        }
        std::string kind = before.begin().key();
        prefix_ = prefix;
        const json& old_rule = before.begin().value();
        const json& new_rule = after.begin().value();
        if (kind == "rating") {
            compare_rating(old_rule, new_rule);
        } else if (kind == "points") {
            compare_points(old_rule, new_rule);
        } else if (kind == "evidence" || kind == "demonstrated") {
            compare_evidence(old_rule, new_rule);
        } else if (kind == "tenure") {
            compare_tenure(old_rule, new_rule);
        } else if (kind == "all_of" || kind == "any_of") {
            compare_options(old_rule, new_rule, kind == "all_of", prefix);
        } else if (kind == "at_least") {
            compare_at_least(old_rule, new_rule, prefix);
        } else {
            result_.unclassified = true; // completed, interest: another programme or track
        }
    }

    void add(ChangeKind kind, const std::string& text) {
        result_.aspects.push_back({kind, prefix_ + text, "", ""});
    }

    // A minimum: going up is stricter.
    void compare_number(const json& before, const json& after, const std::string& what) {
        long old_value = before.get<long>();
        long new_value = after.get<long>();
        if (old_value == new_value) {
            return;
        }
        bool up = new_value > old_value;
        add(up ? ChangeKind::stricter : ChangeKind::looser,
            fmt::format("{} {} from {} to {}", what, up ? "raised" : "lowered", old_value,
                        new_value));
    }

    // An optional minimum whose absence means `absent` (0: no minimum).
    void compare_optional_number(const json& before, const json& after, const std::string& key,
                                 const std::string& what, long absent) {
        json old_value = before.contains(key) ? before[key] : json(absent);
        json new_value = after.contains(key) ? after[key] : json(absent);
        compare_number(old_value, new_value, what);
    }

    std::string competency_name(const std::string& id) const {
        const Competency* competency = framework_.find_competency(id);
        return competency ? competency->name : id;
    }

    void compare_rating(const json& before, const json& after) {
        if (before["competency"] != after["competency"]) {
            result_.unclassified = true;
            return;
        }
        compare_number(before["min"], after["min"],
                       "rating for " + competency_name(after["competency"].get<std::string>()));
    }

    void compare_points(const json& before, const json& after) {
        compare_number(before["min"], after["min"], "points needed");
        // Points summed over fewer competencies are harder to reach: narrowing is stricter.
        compare_set(id_set(before, "competencies", framework_.competency_ids()),
                    id_set(after, "competencies", framework_.competency_ids()),
                    "competencies counted", false);
    }

    void compare_tenure(const json& before, const json& after) {
        // Months at another level or track, or counted from another date, are not comparable.
        auto place = [](const json& rule) {
            return rule.value("in", "") + "/" + rule.value("level", "") + "/" +
                   rule.value("track", "");
        };
        if (place(before) != place(after)) {
            result_.unclassified = true;
            return;
        }
        compare_number(before["months"], after["months"], "months needed");
    }

    // The same `endorsers` filter but for its number (or none on either side).
    static bool same_endorser_kind(const json& before, const json& after) {
        json old_count = before.value("endorsers", json());
        json new_count = after.value("endorsers", json());
        if (old_count.is_null() || new_count.is_null()) {
            return old_count.is_null() && new_count.is_null();
        }
        old_count.erase("at_least");
        new_count.erase("at_least");
        return old_count == new_count;
    }

    void compare_evidence(const json& before, const json& after) {
        // Filter sets and counting by quantity change what is counted, not only how much.
        if (before.value("any_of", json()) != after.value("any_of", json()) ||
            before.value("count", "items") != after.value("count", "items") ||
            !same_endorser_kind(before, after)) {
            result_.unclassified = true;
            return;
        }
        compare_number(before["at_least"], after["at_least"], "items needed");
        compare_window(before, after);
        compare_optional_number(before, after, "min_endorsers", "endorsers needed", 0);
        if (before.contains("endorsers")) {
            compare_number(before["endorsers"]["at_least"], after["endorsers"]["at_least"],
                           "endorsers counted");
        }
        compare_scope(before, after);
        for (const char* key : {"type", "kind", "role"}) {
            compare_filter_list(before, after, key);
        }
        // Every listed tag is needed: more tags is stricter.
        compare_set(id_set(before, "tags", {}), id_set(after, "tags", {}), "tags needed", true);
        compare_competency_filter(before, after);
    }

    // A shorter window is stricter; no window at all is the loosest.
    void compare_window(const json& before, const json& after) {
        const long unlimited = std::numeric_limits<long>::max();
        long old_months = before.value("within_months", unlimited);
        long new_months = after.value("within_months", unlimited);
        if (old_months == new_months) {
            return;
        }
        if (old_months == unlimited || new_months == unlimited) {
            bool added = old_months == unlimited;
            add(added ? ChangeKind::stricter : ChangeKind::looser,
                added ? fmt::format("evidence must now be from the last {} months", new_months)
                      : fmt::format("the {}-month time window removed", old_months));
            return;
        }
        bool shorter = new_months < old_months;
        add(shorter ? ChangeKind::stricter : ChangeKind::looser,
            fmt::format("time window {} from {} to {} months", shorter ? "shortened" : "lengthened",
                        old_months, new_months));
    }

    void compare_scope(const json& before, const json& after) {
        // Ranked by the new framework's scopes (a scope it no longer has ranks lowest).
        const Vocabularies& words = framework_.vocabularies;
        std::string old_scope = before.value("min_scope", words.scopes.front());
        std::string new_scope = after.value("min_scope", words.scopes.front());
        int old_rank = words.scope_rank(old_scope);
        int new_rank = words.scope_rank(new_scope);
        if (old_rank == new_rank) {
            return;
        }
        add(new_rank > old_rank ? ChangeKind::stricter : ChangeKind::looser,
            fmt::format("minimum scope {} from {} to {}",
                        new_rank > old_rank ? "raised" : "lowered", old_scope, new_scope));
    }

    // A filter list (any of these values passes); no list means every value passes.
    void compare_filter_list(const json& before, const json& after, const std::string& key) {
        if (before.contains(key) == after.contains(key)) {
            if (before.contains(key)) {
                compare_set(id_set(before, key, {}), id_set(after, key, {}), key + " filter",
                            false);
            }
            return;
        }
        if (after.contains(key)) {
            add(ChangeKind::stricter,
                fmt::format("{} filter added: only {} counts", key, join(after[key], ", ")));
        } else {
            add(ChangeKind::looser, fmt::format("{} filter removed: any {} counts", key, key));
        }
    }

    void compare_competency_filter(const json& before, const json& after) {
        if (before.value("competency", "") == after.value("competency", "")) {
            return;
        }
        if (!before.contains("competency")) {
            add(ChangeKind::stricter, "items must now list the competency " +
                                          competency_name(after["competency"].get<std::string>()));
        } else if (!after.contains("competency")) {
            add(ChangeKind::looser, "the competency filter removed");
        } else {
            result_.unclassified = true;
        }
    }

    static std::string join(const json& list, std::string_view separator) {
        std::vector<std::string> parts;
        for (const auto& item : list) {
            parts.push_back(item.is_string() ? item.get<std::string>() : json_text(item));
        }
        return ladder::join(parts, separator);
    }

    static std::set<std::string> id_set(const json& rule, const std::string& key,
                                        const std::vector<std::string>& absent) {
        std::set<std::string> ids(absent.begin(), absent.end());
        if (rule.contains(key)) {
            ids.clear();
            for (const auto& item : rule[key]) {
                ids.insert(item.get<std::string>());
            }
        }
        return ids;
    }

    // `growing_is_stricter`: whether adding values makes the rule harder (tags all needed) or
    // easier (a list of accepted values).
    void compare_set(const std::set<std::string>& before, const std::set<std::string>& after,
                     const std::string& what, bool growing_is_stricter) {
        if (before == after) {
            return;
        }
        std::vector<std::string> added;
        std::vector<std::string> removed;
        std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                            std::back_inserter(added));
        std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                            std::back_inserter(removed));
        if (!added.empty() && !removed.empty()) {
            result_.unclassified = true;
            return;
        }
        bool grew = !added.empty();
        add(grew == growing_is_stricter ? ChangeKind::stricter : ChangeKind::looser,
            grew ? fmt::format("{}: {} added", what, ladder::join(added, ", "))
                 : fmt::format("{}: {} removed", what, ladder::join(removed, ", ")));
    }

    void compare_at_least(const json& before, const json& after, const std::string& prefix) {
        compare_number(before["count"], after["count"], "options needed");
        compare_options(before["of"], after["of"], false, prefix);
    }

    // Options side by side when their number is the same; otherwise an option more is stricter
    // for all_of (one more thing to meet) and looser for any_of and at_least (one more way).
    void compare_options(const json& before, const json& after, bool all_needed,
                         const std::string& prefix) {
        if (before.size() == after.size()) {
            for (std::size_t i = 0; i < before.size(); ++i) {
                compare_rule(before[i], after[i], fmt::format("{}option {}: ", prefix, i + 1));
            }
            prefix_ = prefix;
            return;
        }
        prefix_ = prefix;
        bool grew = after.size() > before.size();
        bool kept = std::all_of(before.begin(), before.end(), [&](const json& option) {
            return std::find(after.begin(), after.end(), option) != after.end();
        });
        bool dropped_only = std::all_of(after.begin(), after.end(), [&](const json& option) {
            return std::find(before.begin(), before.end(), option) != before.end();
        });
        if ((grew && !kept) || (!grew && !dropped_only)) {
            result_.unclassified = true;
            return;
        }
        std::size_t count = grew ? after.size() - before.size() : before.size() - after.size();
        add(grew == all_needed ? ChangeKind::stricter : ChangeKind::looser,
            fmt::format("{} {}", plural(static_cast<long>(count), "option"),
                        grew ? "added" : "removed"));
    }

    const Framework& framework_;
    RuleDiff result_;
    std::string prefix_; // "option 2: " inside combinations
};

} // namespace

RuleDiff diff_rules(const nlohmann::json& before, const nlohmann::json& after,
                    const Framework& framework) {
    return RuleComparer(framework).compare(before, after);
}

} // namespace ladder
