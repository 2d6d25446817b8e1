// points: {min: N, competencies: [ID, ...]} - the sum of the ratings (over the listed
// competencies, or all of them) is at least N.

#include "rules/rule_support.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class PointsRule final : public Rule {
public:
    PointsRule(Location where, int min, std::vector<IdRef> competencies)
        : Rule(std::move(where)), min_(min), competencies_(std::move(competencies)) {}

    std::string_view kind() const override { return "points"; }

    std::string describe(const Framework& framework) const override {
        if (competencies_.empty()) {
            return fmt::format("at least {} rating points in total over all competencies", min_);
        }
        return fmt::format("at least {} rating points in total over {}", min_,
                           join(names(framework), ", "));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        int sum = 0;
        std::vector<std::string> unrated;
        for (const auto& id : counted_ids(context.framework)) {
            if (const Rating* rating = context.person.rating_for(id)) {
                sum += rating->value;
            } else {
                unrated.push_back(competency_name(context.framework, id));
            }
        }
        outcome.progress = std::min(1.0, static_cast<double>(sum) / min_);
        std::string unrated_note =
            unrated.empty() ? "" : fmt::format(" (not rated: {})", join(unrated, ", "));
        outcome.reason = fmt::format("{} rating points ({} needed){}", sum, min_, unrated_note);
        if (sum >= min_) {
            outcome.status = Status::met;
            return outcome;
        }
        // Short of the minimum with ratings missing: the gap may be only the missing data.
        outcome.status = !unrated.empty() ? Status::no_data
                         : sum > 0        ? Status::partial
                                          : Status::not_met;
        outcome.missing =
            fmt::format("{} more rating {}", min_ - sum, min_ - sum == 1 ? "point" : "points");
        if (!unrated.empty()) {
            outcome.missing += fmt::format("; ratings in {}", join(unrated, ", "));
        }
        // Which competencies to raise is the person's choice, so this stays in words.
        Need need;
        need.text = outcome.missing; // a `record` need: words only
        outcome.needs.push_back(std::move(need));
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        for (const auto& competency : competencies_) {
            check_reference(context.diagnostics, competency, "competency",
                            context.framework.competency_ids());
        }
        long most = static_cast<long>(counted_ids(context.framework).size()) *
                    context.framework.scale_max();
        if (min_ > most) {
            context.diagnostics.error(
                where(), "unsatisfiable-rule",
                fmt::format("rule 'points' can never be met: expected at most {} points ({} "
                            "rated at most {}), found {}",
                            most,
                            plural(static_cast<long>(counted_ids(context.framework).size()),
                                   "competency", "competencies"),
                            context.framework.scale_max(), min_));
        }
    }

    nlohmann::json to_json() const override {
        nlohmann::json rule = {{"min", min_}};
        if (!competencies_.empty()) {
            std::vector<std::string> ids;
            for (const auto& competency : competencies_) {
                ids.push_back(competency.id);
            }
            rule["competencies"] = ids;
        }
        return {{"points", rule}};
    }

private:
    std::vector<std::string> counted_ids(const Framework& framework) const {
        if (competencies_.empty()) {
            return framework.competency_ids();
        }
        std::vector<std::string> ids;
        for (const auto& competency : competencies_) {
            ids.push_back(competency.id);
        }
        return ids;
    }

    std::vector<std::string> names(const Framework& framework) const {
        std::vector<std::string> result;
        for (const auto& id : counted_ids(framework)) {
            result.push_back(competency_name(framework, id));
        }
        return result;
    }

    int min_;
    std::vector<IdRef> competencies_;
};

} // namespace

RulePtr parse_points_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "points", {"min", "competencies"});
    auto min = map.whole_number("min", true, 1, 100000);
    auto competencies = map.id_list("competencies");
    if (!min) {
        return nullptr;
    }
    return std::make_shared<PointsRule>(source.where, static_cast<int>(*min),
                                        std::move(competencies));
}

} // namespace ladder
