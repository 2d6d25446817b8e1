#include "load/criteria_loader.hpp"

#include "load/default_guidance.hpp"
#include "load/exhaustion_guard.hpp"
#include "load/expanded_rule_count.hpp"
#include "load/scale_loader.hpp"
#include "load/source_tree.hpp"
#include "load/vocabularies_loader.hpp"
#include "rules/rule_kinds.hpp"
#include "util/text.hpp"
#include "yaml/map_reader.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

const std::vector<std::string> top_level_keys = {"framework",    "scale",       "vocabularies",
                                                 "competencies", "tracks",      "programmes",
                                                 "levels",       "transitions", "people"};

std::vector<std::string> criterion_keys() {
    std::vector<std::string> keys = {"id",       "title",      "description", "guidance",
                                     "required", "competency", "weight",      "entry_gate"};
    for (const auto& name : rule_kind_names()) {
        keys.push_back(name);
    }
    return keys;
}

// "criterion 'ic4-lead'" when the map has a readable id, else "criterion": for messages.
std::string name_of(const YamlNode& node, std::string_view kind) {
    if (auto id = scalar_under(node, "id")) {
        return fmt::format("{} '{}'", kind, *id);
    }
    return std::string(kind);
}

// What the files of one framework have used of its limits so far. Past a limit the loader
// reads no more levels or criteria, so the passes over the framework stay bounded.
struct FrameworkBudget {
    const InputLimits& limits;
    std::size_t rules = 0;
    bool over = false;
};

class CriteriaFileLoader {
public:
    CriteriaFileLoader(const YamlFile& file, Framework& framework, Location& framework_seen,
                       Location& scale_seen, FrameworkBudget& budget)
        : file_(file), framework_(framework), framework_seen_(framework_seen),
          scale_seen_(scale_seen), budget_(budget) {}

    void load(const YamlNode& root) {
        MapReader top(file_, root, "criteria file", top_level_keys);
        if (!top.valid()) {
            return;
        }
        if (top.has("framework")) {
            read_header(top.get("framework"));
        }
        if (top.has("scale")) {
            read_scale(top.get("scale"));
        }
        if (top.has("vocabularies")) {
            read_vocabularies(file_, top.get("vocabularies"), framework_.vocabularies);
        }
        for_each_entry(top, "competencies",
                       [&](const IdRef& id, const YamlNode& node) { read_competency(id, node); });
        for_each_entry(top, "tracks", [&](const IdRef& id, const YamlNode& node) {
            MapReader map(file_, node, fmt::format("track '{}'", id.id),
                          {"name", "description", "forks_from"});
            framework_.tracks.push_back({id.id, map.line("name", true).value_or(""),
                                         map.text("description", false).value_or(""),
                                         map.id("forks_from", false), id.where});
        });
        for_each_entry(top, "programmes", [&](const IdRef& id, const YamlNode& node) {
            MapReader map(file_, node, fmt::format("programme '{}'", id.id),
                          {"name", "description"});
            framework_.programmes.push_back({id.id, map.line("name", true).value_or(""),
                                             map.text("description", false).value_or(""),
                                             id.where});
        });
        top.for_each_item("levels", [&](const YamlNode& node) { read_level(node); });
        top.for_each_item("transitions", [&](const YamlNode& node) { read_transition(node); });
        if (top.has("people")) {
            read_people(top.get("people"));
        }
    }

private:
    // Labels and approvers are ids: labels become `label.KEY` columns and `--by` keys.
    void read_people(const YamlNode& node) {
        MapReader map(file_, node, "people",
                      {"labels", "attributes", "approvers", "approver_labels", "counted"});
        auto ids = [&](const std::string& key) {
            std::vector<std::string> values;
            for (const auto& ref : map.id_list(key)) {
                values.push_back(ref.id);
            }
            return values;
        };
        framework_.people.labels = ids("labels");
        framework_.people.attributes = ids("attributes");
        framework_.people.approvers = map.text_list("approvers");
        framework_.people.approver_labels = ids("approver_labels");
        if (map.has("counted")) {
            read_counted(map.get("counted"));
        }
    }

    // `counted: {ratings: [confirmed, claimed], endorsements: [confirmed], approvals: [...]}`:
    // which statements about a person count (model/provenance.hpp). A person never vouches for
    // or approves for themselves, so endorsements and approvals take confirmed and claimed only.
    void read_counted(const YamlNode& node) {
        MapReader map(file_, node, "people counted", {"ratings", "endorsements", "approvals"});
        if (!map.valid()) {
            return;
        }
        PeoplePolicy& people = framework_.people;
        people.counted_where = map.at();
        const std::vector<std::string> all = {"confirmed", "claimed", "self_assessed",
                                              "unattributed"};
        const std::vector<std::string> by_others = {"confirmed", "claimed"};
        read_counted_list(map, "ratings", all, people.counted_ratings);
        read_counted_list(map, "endorsements", by_others, people.counted_endorsements);
        read_counted_list(map, "approvals", by_others, people.counted_approvals);
    }

    void read_counted_list(const MapReader& map, const std::string& key,
                           const std::vector<std::string>& allowed, CountedProvenances& counted) {
        if (!map.has(key)) {
            return;
        }
        YamlNode list = map.get(key);
        std::string what = fmt::format("people counted '{}'", key);
        if (!list.IsSequence()) {
            file_.error(list, "wrong-type",
                        fmt::format("{}: expected a list of {}, found {}", what,
                                    join(allowed, ", "), describe_node(list)));
            return;
        }
        counted.counts.fill(false);
        for (const auto& entry : list) {
            auto word = read_choice(file_, entry, what, "unknown-provenance", allowed);
            if (auto provenance = word ? provenance_from_string(*word) : std::nullopt) {
                counted.counts[static_cast<std::size_t>(*provenance)] = true;
            }
        }
    }

    void read_header(const YamlNode& node) {
        if (framework_seen_.line != 0 || !framework_seen_.file.empty()) {
            file_.error(node, "duplicate-section",
                        fmt::format("'framework' is also defined at {}:{}; expected it in one "
                                    "file only",
                                    framework_seen_.file, framework_seen_.line));
            return;
        }
        framework_seen_ = file_.at(node);
        MapReader map(file_, node, "framework",
                      {"id", "name", "version", "description", "guidance", "checks"});
        framework_.id = map.id("id", true).value_or(IdRef{}).id;
        framework_.name = map.line("name", true).value_or("");
        framework_.version = map.line("version", true).value_or("");
        framework_.description = map.text("description", false).value_or("");
        framework_.default_guidance = map.text("guidance", false).value_or("");
        if (map.has("checks")) {
            MapReader checks(file_, map.get("checks"), "framework checks", {"disable"});
            framework_.disabled_checks = checks.id_list("disable");
        }
    }

    void read_scale(const YamlNode& node) {
        if (!scale_seen_.file.empty()) {
            file_.error(node, "duplicate-section",
                        fmt::format("'scale' is also defined at {}:{}; expected it in one file "
                                    "only",
                                    scale_seen_.file, scale_seen_.line));
            return;
        }
        scale_seen_ = file_.at(node);
        ladder::read_scale(file_, node, framework_);
        if (framework_.scale.size() < 2 && node.IsMap()) {
            file_.error(node, "invalid-scale",
                        fmt::format("scale: expected at least two ratings, found {}",
                                    framework_.scale.size()));
            return;
        }
        int expected = framework_.scale_min();
        for (const auto& [rating, label] : framework_.scale) {
            if (rating != expected) {
                file_.error(node, "invalid-scale",
                            fmt::format("scale: expected consecutive whole numbers, found {} "
                                        "after {}",
                                        rating, expected - 1));
                return;
            }
            ++expected;
        }
    }

    // A map of rating -> text (the scale, or what each rating of a competency means).
    std::map<int, std::string> read_rating_map(const YamlNode& node, const std::string& what,
                                               long long min, long long max) {
        std::map<int, std::string> result;
        if (!node.IsMap()) {
            file_.error(node, "wrong-type",
                        fmt::format("{}: expected a map of rating to text, found {}", what,
                                    describe_node(node)));
            return result;
        }
        for (const auto& entry : node) {
            auto rating = read_whole_number(file_, entry.first, what + " rating", min, max);
            auto text = read_text(file_, entry.second, what);
            // `1` and `01` are different keys to YAML but the same rating.
            if (rating && text && !result.emplace(static_cast<int>(*rating), *text).second) {
                file_.error(entry.first, "duplicate-key",
                            fmt::format("{}: the rating {} is given twice; expected each rating "
                                        "once",
                                        what, *rating));
            }
        }
        return result;
    }

    void read_competency(const IdRef& id, const YamlNode& node) {
        std::string what = fmt::format("competency '{}'", id.id);
        MapReader map(file_, node, what, {"name", "description", "ratings", "guidance"});
        Competency competency{id.id,
                              map.line("name", true).value_or(""),
                              map.text("description", true).value_or(""),
                              {},
                              map.text("guidance", false).value_or(""),
                              id.where};
        if (map.has("ratings")) {
            competency.rating_meanings =
                read_rating_map(map.get("ratings"), what + " ratings", 0, 100);
        }
        framework_.competencies.push_back(std::move(competency));
    }

    void read_level(const YamlNode& node) {
        if (budget_.over) {
            return;
        }
        if (framework_.levels.size() >= budget_.limits.max_levels) {
            budget_.over = true;
            file_.error(node, "too-many-levels",
                        fmt::format("the framework has more than {} levels; expected at most "
                                    "that many, or raise the limit with --max-levels",
                                    budget_.limits.max_levels));
            return;
        }
        MapReader map(file_, node, name_of(node, "level"),
                      {"id", "track", "title", "band", "includes", "summary", "criteria"});
        if (!map.valid()) {
            return;
        }
        Level level;
        auto id = map.id("id", true);
        level.id = id ? id->id : "";
        level.where = id ? id->where : map.at();
        level.track = map.id("track", true).value_or(IdRef{"", map.at()});
        level.title = map.line("title", true).value_or("");
        level.band = static_cast<int>(map.whole_number("band", true, 1, 1000).value_or(0));
        level.band_where = map.has("band") ? file_.at(map.get("band")) : map.at();
        level.includes = map.id_list("includes");
        level.summary = map.text("summary", true).value_or("");
        if (map.has("criteria")) {
            level.criteria = read_criteria(map.get("criteria"));
        } else if (level.includes.empty()) {
            map.require("criteria");
        }
        framework_.levels.push_back(std::move(level));
    }

    void read_transition(const YamlNode& node) {
        MapReader map(
            file_, node, "transition",
            {"from", "to", "summary", "trial_months", "reversible", "includes", "criteria"});
        if (!map.valid()) {
            return;
        }
        Transition transition;
        transition.where = map.at();
        transition.from = map.id("from", true).value_or(IdRef{"", map.at()});
        transition.to = map.id("to", true).value_or(IdRef{"", map.at()});
        transition.summary = map.text("summary", false).value_or("");
        if (auto months = map.whole_number("trial_months", false, 0, 120)) {
            transition.trial_months = static_cast<int>(*months);
        }
        transition.reversible = map.boolean("reversible").value_or(false);
        read_move_includes(map.id_list("includes"), transition);
        if (map.has("criteria")) {
            transition.criteria = read_criteria(map.get("criteria"));
        }
        framework_.transitions.push_back(std::move(transition));
    }

    // `includes: target`, `none`, level ids, or a list mixing `target` and level ids.
    void read_move_includes(const std::vector<IdRef>& refs, Transition& transition) {
        for (const auto& ref : refs) {
            if (ref.id == "none" && refs.size() > 1) {
                file_.diagnostics().error(
                    ref.where, "wrong-value",
                    "includes: 'none' (the move's own criteria only) stands alone; "
                    "expected 'none', or 'target' and level ids, found a list "
                    "with 'none' and more");
            } else if (ref.id == "target") {
                transition.includes_target = true;
            } else if (ref.id != "none") {
                transition.includes.push_back(ref);
            }
        }
    }

    std::vector<Criterion> read_criteria(const YamlNode& list) {
        std::vector<Criterion> criteria;
        if (!list.IsSequence()) {
            file_.error(list, "wrong-type",
                        fmt::format("criteria: expected a list of criteria, found {}",
                                    describe_node(list)));
            return criteria;
        }
        for (const auto& node : list) {
            if (auto criterion = read_criterion(node)) {
                criteria.push_back(std::move(*criterion));
            }
        }
        return criteria;
    }

    // Counts the criterion's rules, aliases expanded, against --max-criteria.
    bool within_budget(const YamlNode& node) {
        if (budget_.over) {
            return false;
        }
        std::size_t left =
            budget_.limits.max_criteria - std::min(budget_.rules, budget_.limits.max_criteria);
        budget_.rules += std::max<std::size_t>(1, count_expanded_rules(node, left));
        if (budget_.rules <= budget_.limits.max_criteria) {
            return true;
        }
        budget_.over = true;
        file_.error(node, "too-many-criteria",
                    fmt::format("the framework has more than {} criteria and rule options "
                                "(counting each option of all_of, any_of and at_least, with "
                                "aliases expanded); expected at most that many, or raise the "
                                "limit with --max-criteria",
                                budget_.limits.max_criteria));
        return false;
    }

    std::optional<Criterion> read_criterion(const YamlNode& node) {
        if (!within_budget(node)) {
            return std::nullopt;
        }
        MapReader map(file_, node, name_of(node, "criterion"), criterion_keys());
        if (!map.valid()) {
            return std::nullopt;
        }
        Criterion criterion;
        auto id = map.id("id", true);
        criterion.id = id ? id->id : "";
        criterion.where = id ? id->where : map.at();
        criterion.title = map.line("title", true).value_or("");
        criterion.description = map.text("description", true).value_or("");
        criterion.guidance = map.text("guidance", false).value_or("");
        criterion.competency = map.id("competency", false);
        criterion.required = map.boolean("required").value_or(true);
        criterion.weight = map.number("weight", false, 0.0, 1000.0).value_or(1.0);
        criterion.entry_gate = map.boolean("entry_gate").value_or(false);
        criterion.rule = parse_criterion_rule(map);
        return criterion;
    }

    // A map section whose keys are ids (competencies, tracks, programmes).
    template <typename Read>
    void for_each_entry(const MapReader& top, const std::string& key, Read read) {
        if (!top.has(key)) {
            return;
        }
        YamlNode section = top.get(key);
        if (!section.IsMap()) {
            file_.error(section, "wrong-type",
                        fmt::format("{}: expected a map of id to {}, found {}", key, key,
                                    describe_node(section)));
            return;
        }
        for (const auto& entry : section) {
            if (auto id = read_id(file_, entry.first, key)) {
                read(*id, entry.second);
            }
        }
    }

    const YamlFile& file_;
    Framework& framework_;
    Location& framework_seen_;
    Location& scale_seen_;
    FrameworkBudget& budget_;
};

} // namespace

Framework load_framework(const std::vector<SourceText>& sources, const InputLimits& limits,
                         Diagnostics& diagnostics) {
    Framework framework;
    Location framework_seen;
    Location scale_seen;
    bool all_parsed = true;
    FrameworkBudget budget{limits};
    for (const auto& source : sources) {
        framework.source_files.push_back(source.path);
        YamlFile file(source.path, diagnostics);
        bool parsed =
            guard_against_exhaustion(file, "--max-file-size, --max-nodes or --max-criteria", [&] {
                auto root = parse_source(source, file, limits);
                if (root) {
                    CriteriaFileLoader(file, framework, framework_seen, scale_seen, budget)
                        .load(*root);
                }
                return root.has_value();
            });
        all_parsed = all_parsed && parsed;
    }
    framework.stopped_at_limit = budget.over;
    // A file that could not be parsed may hold the missing sections, and so may what the loader
    // did not read past a limit: saying they are missing would only add noise to the error that
    // matters.
    if (sources.empty() || !all_parsed || budget.over) {
        return framework;
    }
    Location first{sources.front().path, 0, 0};
    if (framework_seen.file.empty()) {
        diagnostics.error(first, "missing-section",
                          "no file defines 'framework' (id, name, version); expected it in one "
                          "file");
    }
    if (scale_seen.file.empty()) {
        diagnostics.error(first, "missing-section",
                          "no file defines 'scale' (the rating scale); expected it in one file");
    }
    auto require_some = [&](bool empty, std::string_view section, std::string_view what) {
        if (empty) {
            diagnostics.error(first, "missing-section",
                              fmt::format("no file defines any {}; expected at least one under "
                                          "'{}'",
                                          what, section));
        }
    };
    require_some(framework.competencies.empty(), "competencies", "competency");
    require_some(framework.tracks.empty(), "tracks", "track");
    require_some(framework.levels.empty(), "levels", "level");
    apply_default_guidance(framework);
    return framework;
}

} // namespace ladder
