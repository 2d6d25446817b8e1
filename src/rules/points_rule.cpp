// points: {min: N, competencies: [ID, ...]} - the sum of the ratings (over the listed
// competencies, or all of them) is at least N. A rating counts its step's points when the
// scale gives them, else its own number.

#include "rules/rule_support.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

struct RatedCompetency {
    std::string id;
    int rating;
};

// "rating points" on a plain scale, where a step is worth its number; "points" where the
// scale gives each step its own value.
std::string points_noun(const Framework& framework, long count) {
    if (framework.scale_points.empty()) {
        return count == 1 ? "rating point" : "rating points";
    }
    return count == 1 ? "point" : "points";
}

// "3", or "3 (6 points)" where the scale gives steps their own points.
std::string rating_with_points(const Framework& framework, int rating) {
    if (framework.scale_points.empty()) {
        return std::to_string(rating);
    }
    return fmt::format("{} ({})", rating, plural(framework.points_for(rating), "point", "points"));
}

// The smallest raise of one rated competency that closes a gap of `gap` points, in words:
// "; next step that closes it: Delivery from 2 (3 points) to 3 (6 points)". Without one, the
// biggest single next step. Empty when every counted competency is at the top of the scale.
std::string next_step(const Framework& framework, const std::vector<RatedCompetency>& rated,
                      int gap) {
    const RatedCompetency* best = nullptr;
    int best_rating = 0;
    int best_gain = 0;
    bool closes = false;
    for (const auto& competency : rated) {
        int now = framework.points_for(competency.rating);
        for (int step = competency.rating + 1; step <= framework.scale_max(); ++step) {
            int gain = framework.points_for(step) - now;
            bool step_closes = gain >= gap;
            if (!step_closes && step != competency.rating + 1) {
                continue; // only a next step is worth naming when none closes the gap
            }
            bool better = !best                   ? true
                          : step_closes != closes ? step_closes
                          : step_closes           ? gain < best_gain
                                                  : gain > best_gain;
            if (better) {
                best = &competency;
                best_rating = step;
                best_gain = gain;
                closes = step_closes;
            }
        }
    }
    if (!best) {
        return "";
    }
    return fmt::format("; {}: {} from {} to {}",
                       closes ? "the smallest step that closes it" : "the biggest next step",
                       competency_name(framework, best->id),
                       rating_with_points(framework, best->rating),
                       rating_with_points(framework, best_rating));
}

// The points one step up from `rating` is worth (from no rating, 0: the first step's).
int step_gain(const Framework& framework, int rating) {
    return framework.points_for(rating + 1) - framework.points_for(rating);
}

// The ratings that would close a gap of `gap` points, as data, one rating step at a time:
// first a rating for each competency not rated yet (the gap may be only that missing data);
// then a next step that closes what is left, with the fewest points to spare (as the words
// say), the lower rated on a tie; else the next step of the lowest rated, so that growth is
// spread rather than asked of one competency. The person chooses what to grow; this is one
// way, so next steps can name ratings to reach.
std::vector<Need> rating_needs(const Framework& framework,
                               const std::vector<RatedCompetency>& counted, int gap) {
    std::vector<RatedCompetency> planned = counted;
    while (gap > 0) {
        RatedCompetency* closing = nullptr;
        RatedCompetency* lowest = nullptr;
        for (auto& competency : planned) {
            if (competency.rating >= framework.scale_max()) {
                continue;
            }
            int gain = step_gain(framework, competency.rating);
            bool better_close = !closing || gain < step_gain(framework, closing->rating) ||
                                (gain == step_gain(framework, closing->rating) &&
                                 competency.rating < closing->rating);
            if (gain >= gap && better_close) {
                closing = &competency;
            }
            if (!lowest || competency.rating < lowest->rating) {
                lowest = &competency;
            }
        }
        if (!lowest) {
            break; // every counted competency at the top: `check` reports such a rule
        }
        RatedCompetency* raised = closing && lowest->rating > 0 ? closing : lowest;
        gap -= step_gain(framework, raised->rating);
        raised->rating += 1;
    }
    std::vector<Need> needs;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (planned[i].rating > counted[i].rating) {
            Need need;
            need.kind = Need::Kind::rating;
            need.id = planned[i].id;
            need.minimum = planned[i].rating;
            needs.push_back(std::move(need));
        }
    }
    return needs;
}

class PointsRule final : public Rule {
public:
    PointsRule(Location where, int min, std::vector<IdRef> competencies)
        : Rule(std::move(where)), min_(min), competencies_(std::move(competencies)) {}

    std::string_view kind() const override { return "points"; }

    std::string describe(const Framework& framework) const override {
        std::string over =
            competencies_.empty() ? "all competencies" : join(names(framework), ", ");
        return fmt::format("at least {} {} in total over {}", min_, points_noun(framework, min_),
                           over);
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        const Framework& framework = context.framework;
        int sum = 0;
        std::vector<std::string> unrated;
        std::vector<RatedCompetency> rated;
        std::vector<RatedCompetency> counted; // rated or not (0): what next steps may raise
        bool any_unrated = false;
        // A verdict needs the sum only; the lists are for the sentences and the needs.
        for_each_counted(framework, [&](const std::string& id) {
            const Rating* rating = context.person.rating_for(id);
            sum += rating != nullptr ? framework.points_for(rating->value) : 0;
            any_unrated = any_unrated || rating == nullptr;
            if (!context.sentences()) {
                return;
            }
            if (rating != nullptr) {
                rated.push_back({id, rating->value});
            } else {
                unrated.push_back(competency_name(context.framework, id));
            }
            counted.push_back({id, rating != nullptr ? rating->value : 0});
        });
        outcome.progress = std::min(1.0, static_cast<double>(sum) / min_);
        if (context.sentences()) {
            std::string unrated_note =
                unrated.empty() ? "" : fmt::format(" (not rated: {})", join(unrated, ", "));
            outcome.reason = fmt::format("{} {} ({} needed){}", sum, points_noun(framework, sum),
                                         min_, unrated_note);
        }
        if (sum >= min_) {
            outcome.status = Status::met;
            return outcome;
        }
        // Short of the minimum with ratings missing: the gap may be only the missing data.
        outcome.status = any_unrated ? Status::no_data
                         : sum > 0   ? Status::partial
                                     : Status::not_met;
        if (context.sentences()) {
            outcome.missing =
                fmt::format("{} more {}", min_ - sum, points_noun(framework, min_ - sum));
            if (!framework.scale_points.empty()) {
                outcome.missing += next_step(framework, rated, min_ - sum);
            }
            if (!unrated.empty()) {
                outcome.missing += fmt::format("; ratings in {}", join(unrated, ", "));
            }
            outcome.needs = rating_needs(framework, counted, min_ - sum);
        }
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        for (const auto& competency : competencies_) {
            check_reference(context.diagnostics, competency, "competency",
                            context.framework.competency_ids());
        }
        long most = static_cast<long>(counted_ids(context.framework).size()) *
                    context.framework.points_for(context.framework.scale_max());
        if (min_ > most) {
            context.diagnostics.error(
                where(), "unsatisfiable-rule",
                fmt::format("rule 'points' can never be met: expected at most {} points ({} "
                            "rated at most {}), found {}",
                            most,
                            plural(static_cast<long>(counted_ids(context.framework).size()),
                                   "competency", "competencies"),
                            rating_with_points(context.framework, context.framework.scale_max()),
                            min_));
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
    // Each competency the rule counts, without copying the ids.
    template <typename Visit> void for_each_counted(const Framework& framework, Visit visit) const {
        if (competencies_.empty()) {
            for (const auto& competency : framework.competencies) {
                visit(competency.id);
            }
            return;
        }
        for (const auto& competency : competencies_) {
            visit(competency.id);
        }
    }

    std::vector<std::string> counted_ids(const Framework& framework) const {
        std::vector<std::string> ids;
        for_each_counted(framework, [&](const std::string& id) { ids.push_back(id); });
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
