// interest: {track: ID} or {level: ID} - the person declared interest in growing on the track,
// or in the level (a role, such as the lead level of a one-track ladder): a move into
// management or a lead role needs the wish, not only the skill.

#include "rules/rule_support.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class InterestRule final : public Rule {
public:
    InterestRule(Location where, IdRef wanted, bool level)
        : Rule(std::move(where)), wanted_(std::move(wanted)), level_(level) {}

    std::string_view kind() const override { return "interest"; }

    std::string describe(const Framework& framework) const override {
        return fmt::format("a declared interest in {}", name(framework));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        if (context.person.is_interested_in(wanted_.id)) {
            outcome.status = Status::met;
            outcome.progress = 1.0;
            if (context.sentences()) {
                outcome.reason = fmt::format("declared interest in {}", name(context.framework));
            }
            return outcome;
        }
        outcome.status = Status::not_met;
        if (!context.sentences()) {
            return outcome;
        }
        outcome.reason = fmt::format("no declared interest in {}", name(context.framework));
        outcome.missing = fmt::format("a declared interest in {} (add {} to 'interests' if you "
                                      "want it)",
                                      name(context.framework), wanted_.id);
        Need need;
        need.kind = Need::Kind::interest;
        need.id = wanted_.id;
        need.level = level_;
        outcome.needs.push_back(std::move(need));
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        if (level_) {
            check_reference(context.diagnostics, wanted_, "level", context.framework.level_ids());
        } else {
            check_reference(context.diagnostics, wanted_, "track", context.framework.track_ids());
        }
    }

    nlohmann::json to_json() const override {
        return {{"interest", {{level_ ? "level" : "track", wanted_.id}}}};
    }

private:
    // "the Individual contributor track", "the Tech lead (TL) level"
    std::string name(const Framework& framework) const {
        if (level_) {
            const Level* level = framework.find_level(wanted_.id);
            return level ? fmt::format("the {} ({}) level", level->title, level->id)
                         : fmt::format("the {} level", wanted_.id);
        }
        const Track* track = framework.find_track(wanted_.id);
        return fmt::format("the {} track", track ? track->name : wanted_.id);
    }

    IdRef wanted_;
    bool level_;
};

} // namespace

RulePtr parse_interest_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "interest", {"track", "level"});
    if (!map.valid()) {
        return nullptr;
    }
    auto given = map.present_keys({"track", "level"});
    if (given.size() != 1) {
        source.file.error(source.value, given.empty() ? "missing-key" : "several-keys",
                          fmt::format("rule 'interest': expected exactly one of track or level, "
                                      "found {}",
                                      given.empty() ? "neither" : "both"));
        return nullptr;
    }
    auto wanted = map.id(given.front(), true);
    if (!wanted) {
        return nullptr;
    }
    return std::make_shared<InterestRule>(source.where, *wanted, given.front() == "level");
}

} // namespace ladder
