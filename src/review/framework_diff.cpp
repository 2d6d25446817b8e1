#include "review/framework_diff.hpp"

#include "review/rule_diff.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>
#include <type_traits>

namespace ladder {

namespace {

std::string optional_months(const std::optional<int>& months) {
    return months ? plural(*months, "month") : std::string("none");
}

// A criterion with the level or move that states it.
struct OwnedCriterion {
    const Criterion* criterion;
    std::string owner;
};

std::vector<OwnedCriterion> all_criteria(const Framework& framework) {
    std::vector<OwnedCriterion> result;
    for (const auto& level : framework.levels) {
        for (const auto& criterion : level.criteria) {
            result.push_back({&criterion, level.id});
        }
    }
    for (const auto& transition : framework.transitions) {
        for (const auto& criterion : transition.criteria) {
            result.push_back({&criterion, transition.from.id + " -> " + transition.to.id});
        }
    }
    return result;
}

const OwnedCriterion* find_owned(const std::vector<OwnedCriterion>& list, const std::string& id) {
    auto found = std::find_if(list.begin(), list.end(),
                              [&](const OwnedCriterion& c) { return c.criterion->id == id; });
    return found == list.end() ? nullptr : &*found;
}

std::string transition_id(const Transition& transition) {
    return transition.from.id + " -> " + transition.to.id;
}

// Short texts (titles, names) are shown whole; long ones (descriptions) are "reworded" with the
// old and new text kept for JSON and Markdown.
void reword(std::vector<Aspect>& aspects, const std::string& what, const std::string& before,
            const std::string& after, bool short_text) {
    if (before == after) {
        return;
    }
    std::string text = short_text ? fmt::format("{} changed from '{}' to '{}'", what, before, after)
                                  : fmt::format("{} reworded", what);
    aspects.push_back({ChangeKind::reworded, text, before, after});
}

class Differ {
public:
    Differ(const Framework& before, const Framework& after) : before_(before), after_(after) {}

    FrameworkDiff run() {
        diff_.before_id = before_.id;
        diff_.before_version = before_.version;
        diff_.after_id = after_.id;
        diff_.after_version = after_.version;
        framework_texts();
        scale();
        named(Subject::competency, before_.competencies, after_.competencies);
        named(Subject::track, before_.tracks, after_.tracks);
        named(Subject::programme, before_.programmes, after_.programmes);
        levels();
        transitions();
        criteria();
        return std::move(diff_);
    }

private:
    void push(Subject subject, std::string id, std::string owner, std::string title,
              std::vector<Aspect> aspects) {
        if (aspects.empty()) {
            return;
        }
        ChangeKind kind = combine(aspects);
        diff_.changes.push_back(
            {subject, std::move(id), std::move(owner), std::move(title), kind, std::move(aspects)});
    }

    void push_whole(Subject subject, ChangeKind kind, std::string id, std::string owner,
                    std::string title, std::vector<Aspect> aspects = {}) {
        diff_.changes.push_back(
            {subject, std::move(id), std::move(owner), std::move(title), kind, std::move(aspects)});
    }

    void framework_texts() {
        std::vector<Aspect> aspects;
        reword(aspects, "name", before_.name, after_.name, true);
        reword(aspects, "description", before_.description, after_.description, false);
        push(Subject::framework, after_.id, "", after_.name, std::move(aspects));
    }

    void scale() {
        std::vector<Aspect> aspects;
        for (const auto& [value, label] : after_.scale) {
            auto old = before_.scale.find(value);
            if (old == before_.scale.end()) {
                aspects.push_back({ChangeKind::changed,
                                   fmt::format("rating {} ({}) added", value, label), "", label});
            } else {
                reword(aspects, fmt::format("label of rating {}", value), old->second, label, true);
            }
        }
        for (const auto& [value, label] : before_.scale) {
            if (!after_.scale.contains(value)) {
                aspects.push_back({ChangeKind::changed,
                                   fmt::format("rating {} ({}) removed", value, label), label, ""});
            }
        }
        step_points(aspects);
        push(Subject::scale, "scale", "", "rating scale", std::move(aspects));
    }

    // A step worth more points makes every `points` rule easier to meet, and worth fewer,
    // harder.
    void step_points(std::vector<Aspect>& aspects) {
        if (before_.scale_points.empty() && after_.scale_points.empty()) {
            return;
        }
        for (const auto& [value, label] : after_.scale) {
            if (!before_.scale.contains(value)) {
                continue;
            }
            int old_points = before_.points_for(value);
            int new_points = after_.points_for(value);
            if (old_points != new_points) {
                aspects.push_back(
                    {new_points > old_points ? ChangeKind::looser : ChangeKind::stricter,
                     fmt::format("points of rating {} ({}) {} from {} to {}", value, label,
                                 new_points > old_points ? "raised" : "lowered", old_points,
                                 new_points),
                     std::to_string(old_points), std::to_string(new_points)});
            }
        }
    }

    // Competencies, tracks and programmes: an id, a name and a description.
    template <typename Named>
    void named(Subject subject, const std::vector<Named>& before, const std::vector<Named>& after) {
        auto find = [](const std::vector<Named>& list, const std::string& id) -> const Named* {
            auto found = std::find_if(list.begin(), list.end(),
                                      [&](const Named& item) { return item.id == id; });
            return found == list.end() ? nullptr : &*found;
        };
        for (const auto& item : after) {
            const Named* old = find(before, item.id);
            if (old == nullptr) {
                push_whole(subject, ChangeKind::added, item.id, "", item.name);
                continue;
            }
            std::vector<Aspect> aspects;
            reword(aspects, "name", old->name, item.name, true);
            reword(aspects, "description", old->description, item.description, false);
            if constexpr (std::is_same_v<Named, Track>) {
                fork_aspects(*old, item, aspects);
            }
            push(subject, item.id, "", item.name, std::move(aspects));
        }
        for (const auto& item : before) {
            if (find(after, item.id) == nullptr) {
                push_whole(subject, ChangeKind::removed, item.id, "", item.name);
            }
        }
    }

    static void fork_aspects(const Track& before, const Track& after,
                             std::vector<Aspect>& aspects) {
        auto fork = [](const Track& track) {
            return track.forks_from ? track.forks_from->id : std::string();
        };
        if (fork(before) == fork(after)) {
            return;
        }
        std::string text = fork(after).empty()
                               ? fmt::format("no longer forks from {}", fork(before))
                               : fmt::format("now forks from {}", fork(after));
        aspects.push_back({ChangeKind::changed, text, fork(before), fork(after)});
    }

    void levels() {
        for (const auto& level : after_.levels) {
            const Level* old = before_.find_level(level.id);
            if (old == nullptr) {
                push_whole(
                    Subject::level, ChangeKind::added, level.id, "", level.title,
                    {{ChangeKind::added,
                      fmt::format("band {} on track {}", level.band, level.track.id), "", ""}});
                continue;
            }
            push(Subject::level, level.id, "", level.title, level_aspects(*old, level));
        }
        for (const auto& level : before_.levels) {
            if (after_.find_level(level.id) == nullptr) {
                push_whole(Subject::level, ChangeKind::removed, level.id, "", level.title);
            }
        }
    }

    static std::vector<Aspect> level_aspects(const Level& before, const Level& after) {
        std::vector<Aspect> aspects;
        reword(aspects, "title", before.title, after.title, true);
        reword(aspects, "summary", before.summary, after.summary, false);
        if (before.track.id != after.track.id) {
            aspects.push_back(
                {ChangeKind::changed,
                 fmt::format("moved from track {} to {}", before.track.id, after.track.id),
                 before.track.id, after.track.id});
        }
        if (before.band != after.band) {
            aspects.push_back({ChangeKind::changed,
                               fmt::format("band changed from {} to {}", before.band, after.band),
                               std::to_string(before.band), std::to_string(after.band)});
        }
        include_aspects(included_ids(before.includes), included_ids(after.includes), aspects);
        return aspects;
    }

    static std::set<std::string> included_ids(const std::vector<IdRef>& refs) {
        std::set<std::string> ids;
        for (const auto& ref : refs) {
            ids.insert(ref.id);
        }
        return ids;
    }

    // Including another level adds its criteria: stricter; dropping an include: looser.
    static void include_aspects(const std::set<std::string>& old_ids,
                                const std::set<std::string>& new_ids,
                                std::vector<Aspect>& aspects) {
        for (const auto& id : new_ids) {
            if (!old_ids.contains(id)) {
                aspects.push_back({ChangeKind::stricter,
                                   fmt::format("now includes the criteria of {}", id), "", id});
            }
        }
        for (const auto& id : old_ids) {
            if (!new_ids.contains(id)) {
                aspects.push_back({ChangeKind::looser,
                                   fmt::format("no longer includes the criteria of {}", id), id,
                                   ""});
            }
        }
    }

    void transitions() {
        for (const auto& move : after_.transitions) {
            const Transition* old = before_.find_transition(move.from.id, move.to.id);
            if (old == nullptr) {
                push_whole(Subject::transition, ChangeKind::added, transition_id(move), "",
                           move.summary);
                continue;
            }
            push(Subject::transition, transition_id(move), "", move.summary,
                 transition_aspects(*old, move));
        }
        for (const auto& move : before_.transitions) {
            if (after_.find_transition(move.from.id, move.to.id) == nullptr) {
                push_whole(Subject::transition, ChangeKind::removed, transition_id(move), "",
                           move.summary);
            }
        }
    }

    static std::vector<Aspect> transition_aspects(const Transition& before,
                                                  const Transition& after) {
        std::vector<Aspect> aspects;
        reword(aspects, "summary", before.summary, after.summary, false);
        if (before.trial_months != after.trial_months) {
            aspects.push_back({ChangeKind::changed,
                               fmt::format("trial period changed from {} to {}",
                                           optional_months(before.trial_months),
                                           optional_months(after.trial_months)),
                               optional_months(before.trial_months),
                               optional_months(after.trial_months)});
        }
        if (before.reversible != after.reversible) {
            aspects.push_back({ChangeKind::changed,
                               after.reversible ? "now reversible" : "no longer reversible",
                               before.reversible ? "reversible" : "not reversible",
                               after.reversible ? "reversible" : "not reversible"});
        }
        // The target as "its target M1", so a move that now includes its target says so.
        auto included = [](const Transition& move) {
            auto ids = included_ids(move.includes);
            if (move.includes_target) {
                ids.insert("its target " + move.to.id);
            }
            return ids;
        };
        include_aspects(included(before), included(after), aspects);
        return aspects;
    }

    void criteria() {
        auto old_list = all_criteria(before_);
        auto new_list = all_criteria(after_);
        for (const auto& entry : new_list) {
            const Criterion& criterion = *entry.criterion;
            const OwnedCriterion* old = find_owned(old_list, criterion.id);
            if (old == nullptr) {
                push_whole(Subject::criterion, ChangeKind::added, criterion.id, entry.owner,
                           criterion.title,
                           {{ChangeKind::added, "rule: " + criterion.rule->describe(after_), "",
                             criterion.rule->describe(after_)}});
                continue;
            }
            push(Subject::criterion, criterion.id, entry.owner, criterion.title,
                 criterion_aspects(*old, entry));
        }
        for (const auto& entry : old_list) {
            if (find_owned(new_list, entry.criterion->id) == nullptr) {
                push_whole(Subject::criterion, ChangeKind::removed, entry.criterion->id,
                           entry.owner, entry.criterion->title);
            }
        }
    }

    std::vector<Aspect> criterion_aspects(const OwnedCriterion& before,
                                          const OwnedCriterion& after) const {
        const Criterion& old = *before.criterion;
        const Criterion& now = *after.criterion;
        std::vector<Aspect> aspects;
        if (before.owner != after.owner) {
            aspects.push_back({ChangeKind::changed,
                               fmt::format("moved from {} to {}", before.owner, after.owner),
                               before.owner, after.owner});
        }
        reword(aspects, "title", old.title, now.title, true);
        reword(aspects, "description", old.description, now.description, false);
        reword(aspects, "guidance", old.guidance, now.guidance, false);
        if (old.required != now.required) {
            aspects.push_back(
                {now.required ? ChangeKind::stricter : ChangeKind::looser,
                 now.required ? "now required (was optional)" : "now optional (was required)",
                 old.required ? "required" : "optional", now.required ? "required" : "optional"});
        }
        if (old.weight != now.weight) {
            aspects.push_back({ChangeKind::changed,
                               fmt::format("weight changed from {} to {}",
                                           format_number(old.weight), format_number(now.weight)),
                               format_number(old.weight), format_number(now.weight)});
        }
        if (old.entry_gate != now.entry_gate) {
            // A gate is asked of fewer people: those moving in, not those in the level.
            aspects.push_back({now.entry_gate ? ChangeKind::looser : ChangeKind::stricter,
                               now.entry_gate ? "now an entry gate (asked only when moving in)"
                                              : "no longer an entry gate (asked of everyone)",
                               old.entry_gate ? "entry gate" : "always asked",
                               now.entry_gate ? "entry gate" : "always asked"});
        }
        rule_aspects(old, now, aspects);
        return aspects;
    }

    // Each directed difference of the rule, then the rule before and after in plain words; a
    // difference without a clear direction makes the whole rule "changed".
    void rule_aspects(const Criterion& old, const Criterion& now,
                      std::vector<Aspect>& aspects) const {
        nlohmann::json old_rule = old.rule->to_json();
        nlohmann::json new_rule = now.rule->to_json();
        if (old_rule == new_rule) {
            return;
        }
        RuleDiff rule = diff_rules(old_rule, new_rule, after_);
        std::string was = old.rule->describe(before_);
        std::string is = now.rule->describe(after_);
        if (rule.unclassified || rule.aspects.empty()) {
            aspects.push_back({ChangeKind::changed, "rule changed", was, is, true});
            return;
        }
        for (auto& aspect : rule.aspects) {
            aspect.before = was;
            aspect.after = is;
            aspect.rule = true;
            aspects.push_back(std::move(aspect));
        }
    }

    const Framework& before_;
    const Framework& after_;
    FrameworkDiff diff_;
};

} // namespace

std::string_view to_string(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::added:
        return "added";
    case ChangeKind::removed:
        return "removed";
    case ChangeKind::stricter:
        return "stricter";
    case ChangeKind::looser:
        return "looser";
    case ChangeKind::changed:
        return "changed";
    case ChangeKind::reworded:
        return "reworded";
    }
    return "changed";
}

std::string_view to_string(Subject subject) {
    switch (subject) {
    case Subject::framework:
        return "framework";
    case Subject::scale:
        return "scale";
    case Subject::competency:
        return "competency";
    case Subject::track:
        return "track";
    case Subject::programme:
        return "programme";
    case Subject::level:
        return "level";
    case Subject::transition:
        return "transition";
    case Subject::criterion:
        return "criterion";
    }
    return "criterion";
}

FrameworkDiff diff_frameworks(const Framework& before, const Framework& after) {
    return Differ(before, after).run();
}

ChangeKind combine(const std::vector<Aspect>& aspects) {
    std::set<ChangeKind> kinds;
    for (const auto& aspect : aspects) {
        if (aspect.kind != ChangeKind::reworded) {
            kinds.insert(aspect.kind);
        }
    }
    if (kinds.empty()) {
        return ChangeKind::reworded;
    }
    return kinds.size() == 1 ? *kinds.begin() : ChangeKind::changed;
}

} // namespace ladder
