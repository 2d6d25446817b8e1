// completed: {programme: ID} - a named programme or training is completed.

#include "rules/rule_support.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

class CompletedRule final : public Rule {
public:
    CompletedRule(Location where, IdRef programme)
        : Rule(std::move(where)), programme_(std::move(programme)) {}

    std::string_view kind() const override { return "completed"; }

    std::string describe(const Framework& framework) const override {
        return fmt::format("completed the {} programme", name(framework));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        if (context.person.has_completed(programme_.id)) {
            outcome.status = Status::met;
            outcome.progress = 1.0;
            if (context.sentences()) {
                outcome.reason = fmt::format("completed {}", name(context.framework));
            }
            return outcome;
        }
        outcome.status = Status::not_met;
        if (!context.sentences()) {
            return outcome;
        }
        outcome.reason = fmt::format("{} not completed", name(context.framework));
        outcome.missing = fmt::format("complete the {} programme", name(context.framework));
        Need need;
        need.kind = Need::Kind::programme;
        need.id = programme_.id;
        outcome.needs.push_back(std::move(need));
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        check_reference(context.diagnostics, programme_, "programme",
                        context.framework.programme_ids());
    }

    nlohmann::json to_json() const override {
        return {{"completed", {{"programme", programme_.id}}}};
    }

private:
    std::string name(const Framework& framework) const {
        const Programme* programme = framework.find_programme(programme_.id);
        return programme ? programme->name : programme_.id;
    }

    IdRef programme_;
};

} // namespace

RulePtr parse_completed_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "completed", {"programme"});
    auto programme = map.id("programme", true);
    if (!programme) {
        return nullptr;
    }
    return std::make_shared<CompletedRule>(source.where, *programme);
}

} // namespace ladder
