#pragma once
// Helpers shared by the unit tests: a small valid framework as text, and loading frameworks,
// people and YAML from strings (no files), with the diagnostics they produced as lines.

#include "load/criteria_loader.hpp"
#include "load/evidence_loader.hpp"
#include "model/framework.hpp"
#include "model/person.hpp"
#include "model/rule.hpp"
#include "util/date.hpp"
#include "yaml/yaml_file.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

// Lists of strings print one per line in failure messages.
namespace doctest {
template <> struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& items) {
        std::string text = "{";
        for (const auto& item : items) {
            text += "\n  \"" + item + "\"";
        }
        text += items.empty() ? "}" : "\n}";
        return String(text.c_str());
    }
};
} // namespace doctest

namespace ladder::test {

// "path:line:column: severity: message [code]" for each diagnostic, sorted.
inline std::vector<std::string> lines(const Diagnostics& diagnostics) {
    std::vector<std::string> result;
    for (const auto& d : diagnostics.sorted()) {
        result.push_back(d.where.file + ":" + std::to_string(d.where.line) + ":" +
                         std::to_string(d.where.column) + ": " +
                         std::string(to_string(d.severity)) + ": " + d.message + " [" + d.code +
                         "]");
    }
    return result;
}

// The header, scale, competencies and tracks of a framework: tests append `levels:`.
inline const std::string framework_head =
    R"(framework: {id: test, name: Test framework, version: "1"}
scale: {1: Learning, 2: Developing, 3: Proficient, 4: Advanced, 5: Expert}
competencies:
  technical_depth: {name: Technical depth, description: Knows the systems.}
  delivery: {name: Delivery, description: Ships.}
  influence: {name: Influence, description: Moves others.}
tracks:
  ic: {name: Individual contributor}
  management: {name: People management}
programmes:
  manager-foundations: {name: Manager foundations}
)";

// A framework of one level, L1 on track ic, whose only criterion `c1` has the given rule
// (`rule` is the YAML of the rule key and value, e.g. "rating: {competency: delivery, min: 3}").
inline std::string framework_with_rule(const std::string& rule) {
    return framework_head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria:
      - id: c1
        title: The criterion under test
        description: What the test checks.
        guidance: How to close the gap.
        )" +
           rule + "\n";
}

// `head` (the framework's sections) plus two levels on track ic: L1, which asks nothing, and
// L2, whose criteria are `l2_criteria` (YAML list items indented by six spaces).
inline std::string two_level_framework(const std::string& l2_criteria,
                                       const std::string& head = framework_head) {
    return head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria: []
  - id: L2
    track: ic
    title: Senior Engineer
    band: 2
    summary: Leads.
    criteria:
)" + l2_criteria;
}

// Loads a framework from one text; fails the test if it has errors.
inline Framework load_valid_framework(const std::string& text) {
    Diagnostics diagnostics;
    Framework framework = load_framework({{"criteria.yaml", text}}, InputLimits{}, diagnostics);
    INFO(text);
    CHECK(lines(diagnostics) == std::vector<std::string>{});
    return framework;
}

// Loads a person from text; fails the test if the file has errors.
inline Person load_valid_person(const std::string& text) {
    Diagnostics diagnostics;
    auto person = load_person({"person.yaml", text}, InputLimits{}, diagnostics);
    INFO(text);
    CHECK(lines(diagnostics) == std::vector<std::string>{});
    REQUIRE(person.has_value());
    return *person;
}

// The head of an evidence file: a person on IC level L1 since 2025-01-15. Tests append
// ratings, evidence and so on.
inline const std::string person_head = R"(person: {id: E1, name: Test Person}
track: ic
level: L1
in_level_since: 2025-01-15
)";

// Parses YAML text with the default limits (or the given ones); diagnostics go to `out`.
inline std::optional<YamlNode> parse(const std::string& text, Diagnostics& out,
                                     const InputLimits& limits = {}) {
    YamlFile file("test.yaml", out);
    return parse_yaml(text, file, limits);
}

inline Date date(std::string_view text) {
    auto parsed = Date::parse(text);
    INFO(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

// Evaluates criterion `c1` of framework_with_rule(rule) for the person `person_head + tail`
// as of `as_of`.
inline Outcome evaluate_rule(const std::string& rule, const std::string& tail,
                             std::string_view as_of) {
    Framework framework = load_valid_framework(framework_with_rule(rule));
    Person person = load_valid_person(person_head + tail);
    const Criterion* criterion = framework.find_criterion("c1");
    REQUIRE(criterion != nullptr);
    REQUIRE(criterion->rule != nullptr);
    return criterion->rule->evaluate(RuleContext{framework, person, date(as_of), "c1"});
}

} // namespace ladder::test
