// all_of: [RULE...], any_of: [RULE...], at_least: {count: N, of: [RULE...]} - one rule kind
// seen three ways: N of the options must be met (all of them, one, or a given count).

#include "rules/rule_support.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace ladder {

namespace {

// Longer than any reason a person reads in full; only machine-made nesting reaches it.
constexpr std::size_t max_nested_reason_bytes = 2000;

class CombinatorRule final : public Rule {
public:
    CombinatorRule(Location where, std::string kind, long needed, std::vector<RulePtr> options)
        : Rule(std::move(where)), kind_(std::move(kind)), needed_(needed),
          options_(std::move(options)) {}

    std::string_view kind() const override { return kind_; }

    std::string describe(const Framework& framework) const override {
        std::vector<std::string> parts;
        for (const auto& option : options_) {
            parts.push_back(option->describe(framework));
        }
        return fmt::format("{}: {}", heading(), join(parts, "; "));
    }

    Outcome evaluate(const RuleContext& context) const override {
        Outcome outcome;
        long met = 0;
        long no_data = 0;
        long some_progress = 0;
        double best_progress = 0;
        std::vector<std::string> gaps;
        for (const auto& option : options_) {
            Outcome part = option->evaluate(context);
            if (context.sentences()) {
                part.option = option->describe(context.framework);
            }
            met += part.status == Status::met ? 1 : 0;
            no_data += part.status == Status::no_data ? 1 : 0;
            some_progress += part.status == Status::partial ? 1 : 0;
            best_progress = std::max(best_progress, part.progress);
            if (context.counted_items()) {
                outcome.evidence.insert(outcome.evidence.end(), part.evidence.begin(),
                                        part.evidence.end());
            }
            // The options' own outcomes are for the reports that quote them: a verdict is
            // the counts above.
            if (context.sentences()) {
                if (part.status != Status::met) {
                    gaps.push_back(part.missing);
                }
                outcome.parts.push_back(std::move(part));
            }
        }
        if (context.sentences()) {
            outcome.reason = reason(outcome.parts, met);
        }
        outcome.progress =
            needed_ == 1 ? best_progress : std::min(1.0, static_cast<double>(met) / needed_);
        if (met >= needed_) {
            outcome.status = Status::met;
            outcome.progress = 1.0;
            return outcome;
        }
        // If every option still open lacks data, data is what is missing, not performance.
        long open = static_cast<long>(options_.size()) - met;
        if (no_data == open) {
            outcome.status = Status::no_data;
        } else {
            outcome.status = met > 0 || some_progress > 0 ? Status::partial : Status::not_met;
        }
        // What is missing, in words and as the needs next steps plan with, is for the reports
        // that show it (Detail::sentences and more): a batch row shows verdicts.
        if (context.sentences()) {
            outcome.missing =
                shorten_text(describe_gaps(gaps, needed_ - met), max_nested_reason_bytes);
            outcome.needs = cheapest_needs(outcome.parts, needed_ - met);
        }
        return outcome;
    }

    // Each option named with a mark, then what was found for it. Each level quotes the reasons
    // of the levels below it; bounded, a deep chain of nested combinators costs memory in
    // proportion to its depth, not to a power of it.
    std::string reason(const std::vector<Outcome>& parts, long met) const {
        std::vector<std::string> details;
        for (const auto& part : parts) {
            details.push_back(fmt::format("{} {} — {}", part.status == Status::met ? "✓" : "✗",
                                          part.option, part.reason));
        }
        return shorten_text(fmt::format("{} of {} options met ({} needed): {}", met,
                                        options_.size(), needed_, join(details, "; ")),
                            max_nested_reason_bytes);
    }

    void check(const RuleCheckContext& context) const override {
        for (const auto& option : options_) {
            option->check(context);
        }
        if (needed_ > static_cast<long>(options_.size())) {
            context.diagnostics.error(
                where(), "unsatisfiable-rule",
                fmt::format("rule '{}' can never be met: expected a count of at most {} (the "
                            "number of options), found {}",
                            kind_, options_.size(), needed_));
        }
    }

    nlohmann::json to_json() const override {
        nlohmann::json options = nlohmann::json::array();
        for (const auto& option : options_) {
            options.push_back(option->to_json());
        }
        if (kind_ == "at_least") {
            return {{kind_, {{"count", needed_}, {"of", options}}}};
        }
        return {{kind_, options}};
    }

    void guaranteed_ratings(std::map<std::string, int>& minimums) const override {
        if (needed_ == static_cast<long>(options_.size())) {
            for (const auto& option : options_) {
                option->guaranteed_ratings(minimums);
            }
        }
    }

private:
    // The needs of the `still_needed` open options that ask least (fewest new items or steps;
    // the earlier option on a tie), so that next steps propose the shortest way to close it.
    static std::vector<Need> cheapest_needs(const std::vector<Outcome>& parts, long still_needed) {
        std::vector<std::pair<long, std::size_t>> open; // (cost, option index)
        for (std::size_t i = 0; i < parts.size(); ++i) {
            if (parts[i].status != Status::met) {
                open.emplace_back(cost(parts[i].needs), i);
            }
        }
        std::stable_sort(open.begin(), open.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<Need> needs;
        for (long taken = 0; taken < still_needed && taken < static_cast<long>(open.size());
             ++taken) {
            const auto& chosen = parts[open[static_cast<std::size_t>(taken)].second].needs;
            needs.insert(needs.end(), chosen.begin(), chosen.end());
        }
        return needs;
    }

    static long cost(const std::vector<Need>& needs) {
        long total = 0;
        for (const auto& need : needs) {
            total += need.kind == Need::Kind::evidence ? need.evidence.count : 1;
        }
        return total;
    }

    std::string heading() const {
        if (kind_ == "all_of") {
            return "all of";
        }
        if (kind_ == "any_of") {
            return "any of";
        }
        return fmt::format("at least {} of", needed_);
    }

    std::string describe_gaps(const std::vector<std::string>& gaps, long still_needed) const {
        if (kind_ == "all_of") {
            return join(gaps, "; and ");
        }
        if (still_needed == 1 && gaps.size() > 1) {
            return fmt::format("one of: {}", join(gaps, "; or "));
        }
        return fmt::format("{} more of: {}", still_needed, join(gaps, "; "));
    }

    std::string kind_;
    long needed_;
    std::vector<RulePtr> options_;
};

// Reads the list of options; nullopt if any option is broken (each is reported).
std::optional<std::vector<RulePtr>> read_options(const YamlFile& file, const YamlNode& list,
                                                 const std::string& what) {
    if (!list.IsSequence() || list.size() == 0) {
        file.error(list, "wrong-type",
                   fmt::format("{}: expected a non-empty list of rules, found {}", what,
                               list.IsSequence() ? "an empty list" : describe_node(list)));
        return std::nullopt;
    }
    std::vector<RulePtr> options;
    bool complete = true;
    for (const auto& item : list) {
        RulePtr option = parse_rule_option(file, item, what);
        complete = complete && option != nullptr;
        options.push_back(std::move(option));
    }
    if (!complete) {
        return std::nullopt;
    }
    return options;
}

RulePtr make_list_rule(const RuleSource& source, const std::string& kind, bool all) {
    auto options = read_options(source.file, source.value, fmt::format("rule '{}'", kind));
    if (!options) {
        return nullptr;
    }
    long needed = all ? static_cast<long>(options->size()) : 1;
    return std::make_shared<CombinatorRule>(source.where, kind, needed, std::move(*options));
}

} // namespace

RulePtr parse_all_of_rule(const RuleSource& source) {
    return make_list_rule(source, "all_of", true);
}

RulePtr parse_any_of_rule(const RuleSource& source) {
    return make_list_rule(source, "any_of", false);
}

RulePtr parse_at_least_rule(const RuleSource& source) {
    MapReader map = rule_map(source, "at_least", {"count", "of"});
    auto count = map.whole_number("count", true, 1, 1000);
    if (!map.require("of") || !count) {
        return nullptr;
    }
    auto options = read_options(source.file, map.get("of"), "rule 'at_least' 'of'");
    if (!options) {
        return nullptr;
    }
    return std::make_shared<CombinatorRule>(source.where, "at_least", *count, std::move(*options));
}

} // namespace ladder
