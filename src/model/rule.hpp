#pragma once
// The interface every rule kind implements. A rule kind is one file under rules/: how it is
// read from YAML, checked, described in plain words, and evaluated all live together.

#include "model/outcome.hpp"
#include "util/date.hpp"
#include "util/diagnostic.hpp"

#include <map>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace ladder {

struct Framework;
struct Person;

// How much of the "why" an evaluation builds. A batch row shows verdicts and counts only, so
// its outcomes hold a status and a progress and allocate nothing; a timeline also compares
// which evidence items counted (`evidence`); a report reads the sentences (`reason`,
// `missing`, an option's `parts`, `needs`); --explain and JSON also read why each evidence
// item counted or not.
enum class Detail { verdicts, evidence, sentences, items };

struct RuleContext {
    const Framework& framework;
    const Person& person;
    Date as_of;
    std::string_view criterion_id; // the criterion the rule belongs to (for `demonstrated`)
    Detail detail = Detail::items;

    bool explain() const { return detail == Detail::items; }
    bool sentences() const { return detail >= Detail::sentences; }
    bool counted_items() const { return detail >= Detail::evidence; }
};

struct RuleCheckContext {
    const Framework& framework;
    Diagnostics& diagnostics;
};

class Rule {
public:
    explicit Rule(Location where) : where_(std::move(where)) {}
    virtual ~Rule() = default;
    Rule(const Rule&) = delete;
    Rule& operator=(const Rule&) = delete;

    virtual std::string_view kind() const = 0;
    // The rule in plain words: "at least 2 projects you led at org scope in the last 18 months".
    virtual std::string describe(const Framework& framework) const = 0;
    virtual Outcome evaluate(const RuleContext& context) const = 0;
    // Semantic checks against the framework (unknown ids, rules that can never be met).
    virtual void check(const RuleCheckContext& context) const = 0;
    // The rule as written, as data: for JSON output and for comparing framework versions.
    virtual nlohmann::json to_json() const = 0;
    // Rating minimums anyone meeting this rule must have (competency -> minimum).
    virtual void guaranteed_ratings(std::map<std::string, int>& /*minimums*/) const {}

    const Location& where() const { return where_; }

private:
    Location where_;
};

} // namespace ladder
