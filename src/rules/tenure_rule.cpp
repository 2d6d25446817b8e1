// tenure: {months: N, in: level|organisation} - N whole months in the current level (since
// `in_level_since`) or in the organisation (since `joined`), as of the evaluation date.

#include "rules/rule_support.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class TenureRule final : public Rule {
public:
    TenureRule(Location where, int months, bool in_organisation)
        : Rule(std::move(where)), months_(months), in_organisation_(in_organisation) {}

    std::string_view kind() const override { return "tenure"; }

    std::string describe(const Framework&) const override {
        return fmt::format("at least {} months {}", months_, place());
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        std::optional<Date> since =
            in_organisation_ ? context.person.joined : std::optional(context.person.in_level_since);
        if (!since) {
            outcome.status = Status::no_data;
            outcome.reason = "no 'joined' date in the evidence file";
            outcome.missing = "the date you joined the organisation ('joined')";
            Need need;
            need.text = outcome.missing; // a `record` need: words only
            outcome.needs.push_back(std::move(need));
            return outcome;
        }
        int served = std::max(0, context.as_of.whole_months_since(*since));
        outcome.progress = std::min(1.0, static_cast<double>(served) / months_);
        outcome.reason =
            fmt::format("{} {} {} since {} ({} needed)", served, served == 1 ? "month" : "months",
                        place(), since->to_string(), months_);
        if (served >= months_) {
            outcome.status = Status::met;
            return outcome;
        }
        outcome.status = served > 0 ? Status::partial : Status::not_met;
        Date reached = since->minus_months(-months_);
        outcome.missing =
            fmt::format("{} more {} {}, reached on {}", months_ - served,
                        months_ - served == 1 ? "month" : "months", place(), reached.to_string());
        Need need;
        need.kind = Need::Kind::tenure;
        need.reached_on = reached;
        outcome.needs.push_back(std::move(need));
        return outcome;
    }

    void check(const RuleCheckContext&) const override {}

    nlohmann::json to_json() const override {
        return {
            {"tenure", {{"months", months_}, {"in", in_organisation_ ? "organisation" : "level"}}}};
    }

private:
    const char* place() const {
        return in_organisation_ ? "in the organisation" : "in the current level";
    }

    int months_;
    bool in_organisation_;
};

} // namespace

RulePtr parse_tenure_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "tenure", {"months", "in"});
    auto months = map.whole_number("months", true, 1, 1200);
    bool in_organisation = false;
    if (auto in = map.text("in", false)) {
        if (*in == "organisation" || *in == "level") {
            in_organisation = *in == "organisation";
        } else {
            source.file.error(map.get("in"), "wrong-value",
                              fmt::format("rule 'tenure' 'in': expected level or organisation, "
                                          "found '{}'",
                                          *in));
        }
    }
    if (!months) {
        return nullptr;
    }
    return std::make_shared<TenureRule>(source.where, static_cast<int>(*months), in_organisation);
}

} // namespace ladder
