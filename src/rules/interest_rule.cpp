// interest: {track: ID} - the person declared interest in growing on the track: a move into
// management needs the wish, not only the skill.

#include "rules/rule_support.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class InterestRule final : public Rule {
public:
    InterestRule(Location where, IdRef track) : Rule(std::move(where)), track_(std::move(track)) {}

    std::string_view kind() const override { return "interest"; }

    std::string describe(const Framework& framework) const override {
        return fmt::format("a declared interest in the {} track", name(framework));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        if (context.person.is_interested_in(track_.id)) {
            outcome.status = Status::met;
            outcome.progress = 1.0;
            outcome.reason = fmt::format("declared interest in {}", track_.id);
            return outcome;
        }
        outcome.status = Status::not_met;
        outcome.reason = fmt::format("{} is not among the declared interests", track_.id);
        outcome.missing = fmt::format("a declared interest in the {} track (add {} to "
                                      "'interests' if you want it)",
                                      name(context.framework), track_.id);
        Need need;
        need.kind = Need::Kind::interest;
        need.id = track_.id;
        outcome.needs.push_back(std::move(need));
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        check_reference(context.diagnostics, track_, "track", context.framework.track_ids());
    }

    nlohmann::json to_json() const override { return {{"interest", {{"track", track_.id}}}}; }

private:
    std::string name(const Framework& framework) const {
        const Track* track = framework.find_track(track_.id);
        return track ? track->name : track_.id;
    }

    IdRef track_;
};

} // namespace

RulePtr parse_interest_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "interest", {"track"});
    auto track = map.id("track", true);
    if (!track) {
        return nullptr;
    }
    return std::make_shared<InterestRule>(source.where, *track);
}

} // namespace ladder
