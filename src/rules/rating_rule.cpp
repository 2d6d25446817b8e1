// rating: {competency: ID, min: N} - the person's rating in a competency is at least N.

#include "rules/rule_support.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class RatingRule final : public Rule {
public:
    RatingRule(Location where, IdRef competency, int min)
        : Rule(std::move(where)), competency_(std::move(competency)), min_(min) {}

    std::string_view kind() const override { return "rating"; }

    std::string describe(const Framework& framework) const override {
        return fmt::format("a rating of at least {} in {}", rating_with_label(framework, min_),
                           competency_name(framework, competency_.id));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        const Rating* rating = context.person.rating_for(competency_.id);
        if (rating == nullptr) {
            outcome.status = Status::no_data;
            rating = context.person.any_rating_for(competency_.id); // to say why it does not count
        } else {
            outcome.progress = std::min(1.0, static_cast<double>(rating->value) / min_);
            outcome.status = rating->value >= min_ ? Status::met : Status::not_met;
        }
        if (context.sentences()) {
            if (outcome.status != Status::met) {
                outcome.needs.push_back(need());
            }
            describe(context.framework, rating, outcome);
        }
        return outcome;
    }

    // "rated 4 (Advanced) in Delivery by E0031 (claimed)", "... (self-assessed)"
    static std::string rated_words(const Framework& framework, const Rating& rating,
                                   const std::string& name) {
        std::string rated =
            fmt::format("rated {} in {}", rating_with_label(framework, rating.value), name);
        bool named =
            rating.provenance == Provenance::confirmed || rating.provenance == Provenance::claimed;
        return named ? fmt::format("{} by {} ({})", rated, rating.rated_by,
                                   provenance_words(rating.provenance))
                     : fmt::format("{} ({})", rated, provenance_words(rating.provenance));
    }

    // The outcome's sentences: what was found and, short of the minimum, what would close it.
    void describe(const Framework& framework, const Rating* rating, Outcome& outcome) const {
        std::string name = competency_name(framework, competency_.id);
        if (rating == nullptr) {
            outcome.reason = fmt::format("no rating in {}", name);
            outcome.missing = fmt::format("a rating in {} (at least {})", name,
                                          rating_with_label(framework, min_));
            return;
        }
        std::string rated = rated_words(framework, *rating, name);
        if (!rating->counts) {
            outcome.reason = fmt::format("{}, which does not count: {} ratings do not count in "
                                         "this framework",
                                         rated, provenance_words(rating->provenance));
            outcome.missing = fmt::format("a rating in {} (at least {}) of a kind the framework "
                                          "counts",
                                          name, rating_with_label(framework, min_));
            return;
        }
        if (rating->value >= min_) {
            outcome.reason = rated;
            return;
        }
        outcome.reason =
            fmt::format("{}; at least {} is needed", rated, rating_with_label(framework, min_));
        outcome.missing = fmt::format(
            "{} in {} (from {} to {})",
            min_ - rating->value == 1 ? std::string("1 more rating point")
                                      : fmt::format("{} more rating points", min_ - rating->value),
            name, rating->value, min_);
    }

    void check(const RuleCheckContext& context) const override {
        check_reference(context.diagnostics, competency_, "competency",
                        context.framework.competency_ids());
        const Framework& framework = context.framework;
        if (min_ > framework.scale_max() || min_ < framework.scale_min()) {
            context.diagnostics.error(
                where(), "unsatisfiable-rule",
                fmt::format("rule 'rating' can never be met: expected a minimum on the scale "
                            "{}..{}, found {}",
                            framework.scale_min(), framework.scale_max(), min_));
        }
    }

    nlohmann::json to_json() const override {
        return {{"rating", {{"competency", competency_.id}, {"min", min_}}}};
    }

    void guaranteed_ratings(std::map<std::string, int>& minimums) const override {
        int& current = minimums[competency_.id];
        current = std::max(current, min_);
    }

private:
    Need need() const {
        Need need;
        need.kind = Need::Kind::rating;
        need.id = competency_.id;
        need.minimum = min_;
        return need;
    }

    IdRef competency_;
    int min_;
};

} // namespace

RulePtr parse_rating_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "rating", {"competency", "min"});
    auto competency = map.id("competency", true);
    auto min = map.whole_number("min", true, 0, 1000);
    if (!competency || !min) {
        return nullptr;
    }
    return std::make_shared<RatingRule>(source.where, *competency, static_cast<int>(*min));
}

} // namespace ladder
