// tenure: {months: N, in: level|organisation} - N whole months in the current level (since
// `in_level_since`) or in the organisation (since `joined`), as of the evaluation date.
// tenure: {months: N, level: ID} or {months: N, track: ID} - N whole months at a named level
// or on a track, counting the person's `history` of past levels and the current one.

#include "model/framework.hpp"
#include "model/level_history.hpp"
#include "model/template_placeholders.hpp"
#include "rules/rule_support.hpp"
#include "util/text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

std::string months_text(int count) {
    return fmt::format("{} {}", count, count == 1 ? "month" : "months");
}

// A `record` need: data only the person can add, or a wait no date can be given for.
Need only_words(const std::string& missing) {
    Need need;
    need.text = missing;
    return need;
}

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
        if (since && placeholder::is_placeholder_date(*since)) {
            // A date left from `ladder template` is no fact: it never meets a criterion.
            outcome.status = Status::no_data;
            if (context.sentences()) {
                std::string key = in_organisation_ ? "joined" : "in_level_since";
                outcome.reason = fmt::format("'{}' is still the placeholder {} from 'ladder "
                                             "template'",
                                             key, since->to_string());
                outcome.missing = fmt::format("the real date in '{}'", key);
                outcome.needs.push_back(only_words(outcome.missing));
            }
            return outcome;
        }
        if (!since) {
            outcome.status = Status::no_data;
            if (!context.sentences()) {
                return outcome;
            }
            outcome.reason = "no 'joined' date in the evidence file";
            outcome.missing = "the date you joined the organisation ('joined')";
            outcome.needs.push_back(only_words(outcome.missing));
            return outcome;
        }
        int served = std::max(0, context.as_of.whole_months_since(*since));
        outcome.progress = std::min(1.0, static_cast<double>(served) / months_);
        outcome.status = served >= months_ ? Status::met
                         : served > 0      ? Status::partial
                                           : Status::not_met;
        if (!context.sentences()) {
            return outcome;
        }
        outcome.reason = fmt::format("{} {} since {} ({} needed)", months_text(served), place(),
                                     since->to_string(), months_);
        if (outcome.status == Status::met) {
            return outcome;
        }
        Date reached = since->minus_months(-months_);
        outcome.missing = fmt::format("{} {}, reached on {}", more(months_ - served), place(),
                                      reached.to_string());
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
    static std::string more(int count) {
        return fmt::format("{} more {}", count, count == 1 ? "month" : "months");
    }

    const char* place() const {
        return in_organisation_ ? "in the organisation" : "in the current level";
    }

    int months_;
    bool in_organisation_;
};

// Months at a named level or on a track: every stint of the person's history that is there,
// consecutive stints joined (a promotion within a track does not restart the count).
class NamedTenureRule final : public Rule {
public:
    NamedTenureRule(Location where, int months, IdRef counted_at, bool track)
        : Rule(std::move(where)), months_(months), place_(std::move(counted_at)), track_(track) {}

    std::string_view kind() const override { return "tenure"; }

    std::string describe(const Framework& framework) const override {
        return fmt::format("at least {} months {}", months_, place(framework));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        auto stints = level_stints(context.person, context.as_of);
        int served = 0;
        std::optional<Date> open_since; // the start of a span still running today
        std::optional<Date> span_start;
        for (std::size_t i = 0; i < stints.size(); ++i) {
            bool here = is_here(context.framework, stints[i].level);
            if (here && !span_start) {
                span_start = stints[i].from;
            }
            bool span_ends = span_start && (!here || i + 1 == stints.size() ||
                                            !is_here(context.framework, stints[i + 1].level));
            if (here && span_ends) {
                served += std::max(0, stints[i].to.whole_months_since(*span_start));
                if (i + 1 == stints.size()) {
                    open_since = span_start;
                }
                span_start.reset();
            }
        }
        outcome.progress = std::min(1.0, static_cast<double>(served) / months_);
        bool no_history = served == 0 && !open_since && context.person.history.empty();
        outcome.status = served >= months_ ? Status::met
                         : no_history      ? Status::no_data
                         : served > 0      ? Status::partial
                                           : Status::not_met;
        if (!context.sentences()) {
            return outcome;
        }
        std::string at = place(context.framework);
        outcome.reason = fmt::format("{} {} ({} needed)", months_text(served), at, months_);
        if (outcome.status == Status::met) {
            return outcome;
        }
        if (no_history) {
            outcome.reason += "; no 'history' of past levels in the evidence file";
            outcome.missing = fmt::format("{} months {}, or the levels you held before "
                                          "('history')",
                                          months_, at);
            outcome.needs.push_back(only_words(outcome.missing));
            return outcome;
        }
        int short_by = months_ - served;
        outcome.missing =
            fmt::format("{} more {} {}", short_by, short_by == 1 ? "month" : "months", at);
        if (open_since) {
            int before = served - context.as_of.whole_months_since(*open_since);
            Date reached = open_since->minus_months(-(months_ - before));
            outcome.missing += fmt::format(", reached on {}", reached.to_string());
            Need need;
            need.kind = Need::Kind::tenure;
            need.reached_on = reached;
            outcome.needs.push_back(std::move(need));
        } else {
            // Not there now: time alone does not close it, so it stays in words.
            outcome.needs.push_back(only_words(outcome.missing));
        }
        return outcome;
    }

    void check(const RuleCheckContext& context) const override {
        if (track_) {
            check_reference(context.diagnostics, place_, "track", context.framework.track_ids());
        } else {
            check_reference(context.diagnostics, place_, "level", context.framework.level_ids());
        }
    }

    nlohmann::json to_json() const override {
        return {{"tenure", {{"months", months_}, {track_ ? "track" : "level", place_.id}}}};
    }

private:
    bool is_here(const Framework& framework, const std::string& level_id) const {
        if (!track_) {
            return level_id == place_.id;
        }
        const Level* level = framework.find_level(level_id);
        return level && level->track.id == place_.id;
    }

    // "at level IC3 (Senior Engineer)", "on the People management track"
    std::string place(const Framework& framework) const {
        if (track_) {
            const Track* track = framework.find_track(place_.id);
            return fmt::format("on the {} track", track ? track->name : place_.id);
        }
        const Level* level = framework.find_level(place_.id);
        return level ? fmt::format("at level {} ({})", level->id, level->title)
                     : fmt::format("at level {}", place_.id);
    }

    int months_;
    IdRef place_;
    bool track_;
};

} // namespace

RulePtr parse_tenure_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "tenure", {"months", "in", "level", "track"});
    auto months = map.whole_number("months", true, 1, 1200);
    auto places = map.present_keys({"in", "level", "track"});
    if (places.size() > 1) {
        source.file.error(map.get(places[1]), "several-keys",
                          fmt::format("rule 'tenure': expected at most one of in, level or "
                                      "track, found {}",
                                      join(places, " and ")));
        return nullptr;
    }
    if (!places.empty() && places.front() != "in") {
        auto place = map.id(places.front(), true);
        if (!months || !place) {
            return nullptr;
        }
        return std::make_shared<NamedTenureRule>(source.where, static_cast<int>(*months), *place,
                                                 places.front() == "track");
    }
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
