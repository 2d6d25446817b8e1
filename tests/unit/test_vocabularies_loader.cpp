#include "check/framework_checks.hpp"
#include "report/framework/evidence_template.hpp"
#include "rules/evidence_filter.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using Lines = std::vector<std::string>;

namespace {

const std::string contributor_words = R"(vocabularies:
  types: [pull_request, issue, proposal]
  roles: [author, reviewer]
  scopes: [module, project, ecosystem]
)";

// The test framework with `vocabularies` and criterion c1 of the given rule.
std::string with_words(const std::string& words, const std::string& rule) {
    return words + test::framework_with_rule(rule);
}

Lines check(const std::string& text) {
    Diagnostics diagnostics;
    Framework framework = load_framework({{"criteria.yaml", text}}, InputLimits{}, diagnostics);
    check_framework(framework, diagnostics);
    return test::lines(diagnostics);
}

Lines person_lines(const Vocabularies& words, const std::string& tail) {
    Diagnostics diagnostics;
    load_person({"person.yaml", test::person_head + tail}, InputLimits{}, diagnostics, words);
    return test::lines(diagnostics);
}

} // namespace

TEST_SUITE("load/vocabularies_loader") {

    TEST_CASE("without the section, the default words apply") {
        Framework framework =
            test::load_valid_framework(test::framework_with_rule("evidence: {type: talk}"));
        CHECK(framework.vocabularies.same_words(Vocabularies::defaults()));
    }

    TEST_CASE("declared lists replace the defaults, a list left out keeps them") {
        Framework framework = test::load_valid_framework(
            with_words(contributor_words, "evidence: {type: pull_request, role: author}"));
        CHECK(framework.vocabularies.types == Lines{"pull_request", "issue", "proposal"});
        CHECK(framework.vocabularies.roles == Lines{"author", "reviewer"});
        CHECK(framework.vocabularies.kinds == Vocabularies::defaults().kinds);
        CHECK(framework.vocabularies.scope_rank("ecosystem") == 2);
    }

    TEST_CASE("rule filters must use the framework's words, with did-you-mean and the list") {
        CHECK(check(with_words(contributor_words, "evidence: {type: pull_requst, role: lead}")) ==
              Lines{"criteria.yaml:27:26: error: unknown evidence type 'pull_requst' (did you "
                    "mean 'pull_request'?) [unknown-evidence-type]",
                    "criteria.yaml:27:45: error: unknown role 'lead' [unknown-role]"});
    }

    TEST_CASE("an empty list, a word twice, a list that is not one") {
        CHECK(check(with_words("vocabularies:\n  types: []\n  roles: [a, b, a]\n  scopes: "
                               "big\n",
                               "evidence: {type: talk}")) ==
              Lines{"criteria.yaml:2:10: error: vocabularies 'types': expected a list of at "
                    "least one word, found an empty list [wrong-type]",
                    "criteria.yaml:3:17: error: vocabularies 'roles': 'a' is listed twice; "
                    "expected each word once [duplicate-word]",
                    "criteria.yaml:4:11: error: vocabularies 'scopes': expected a list of at "
                    "least one word, found 'big' [wrong-type]"});
    }

    TEST_CASE("an unknown key in the section") {
        CHECK(check(with_words("vocabularies:\n  role: [a]\n", "evidence: {type: talk}")) ==
              Lines{"criteria.yaml:2:3: error: vocabularies: unknown key 'role' (did you mean "
                    "'roles'?) [unknown-key]"});
    }

    TEST_CASE("evidence files are read with the framework's words") {
        Framework framework = test::load_valid_framework(
            with_words(contributor_words, "evidence: {type: pull_request}"));
        const Vocabularies& words = framework.vocabularies;
        CHECK(person_lines(words, "evidence:\n  - {id: a, type: pull_request, title: T, date: "
                                  "2025-01-01, role: author, scope: project}\n") == Lines{});
        CHECK(person_lines(words, "evidence:\n  - {id: a, type: project, title: T, date: "
                                  "2025-01-01, role: autor}\n") ==
              Lines{"person.yaml:6:19: error: evidence item 'a' 'type': expected one of "
                    "pull_request, issue, proposal, found 'project' [unknown-type]",
                    "person.yaml:6:62: error: evidence item 'a' 'role': expected one of author, "
                    "reviewer, found 'autor' (did you mean 'author'?) [unknown-role]"});
    }

    TEST_CASE("scopes compare in the framework's order") {
        Framework framework = test::load_valid_framework(
            with_words(contributor_words, "evidence: {type: issue, min_scope: project}"));
        Person person = [&] {
            Diagnostics diagnostics;
            auto loaded = load_person({"person.yaml", test::person_head +
                                                          "evidence:\n"
                                                          "  - {id: a, type: issue, title: T, "
                                                          "date: 2025-01-01, scope: module}\n"
                                                          "  - {id: b, type: issue, title: T, "
                                                          "date: 2025-01-01, scope: ecosystem}\n"},
                                      InputLimits{}, diagnostics, framework.vocabularies);
            REQUIRE(loaded.has_value());
            return *loaded;
        }();
        Outcome outcome = framework.find_criterion("c1")->rule->evaluate(
            RuleContext{framework, person, test::date("2026-11-01"), "c1"});
        CHECK(outcome.evidence == Lines{"b"});
        CHECK(outcome.reason == "1 matching evidence item (1 needed): b");
        CHECK(framework.find_criterion("c1")->rule->describe(framework) ==
              "at least 1 issue item at project scope or wider");
    }

    TEST_CASE("the template suggests the framework's words") {
        Framework framework =
            test::load_valid_framework(with_words(contributor_words, "evidence: {type: issue}"));
        std::string text = render_evidence_template(framework, *framework.find_level("L1"));
        CHECK(text.find("    type: pull_request      # pull_request, issue, proposal\n") !=
              std::string::npos);
        CHECK(text.find("    role: author            # author, reviewer\n") != std::string::npos);
        CHECK(text.find("    scope: module           # module < project < ecosystem\n") !=
              std::string::npos);
        Diagnostics diagnostics;
        auto person = load_person({"template.yaml", text}, InputLimits{}, diagnostics,
                                  framework.vocabularies);
        CHECK(test::lines(diagnostics) == Lines{});
    }

    TEST_CASE("an item without a kind has none, unless the framework names one explicitly") {
        Framework plain =
            test::load_valid_framework(test::framework_with_rule("evidence: {kind: artifact}"));
        CHECK(plain.vocabularies.unstated_kind.empty());
        Framework chosen = test::load_valid_framework(
            with_words("vocabularies:\n  unstated_kind: artifact\n", "evidence: {kind: artifact}"));
        CHECK(chosen.vocabularies.unstated_kind == "artifact");
        CHECK(check("vocabularies:\n  unstated_kind: artefact\n" +
                    test::framework_with_rule("evidence: {}")) ==
              Lines{"criteria.yaml:2:18: error: vocabularies 'unstated_kind': expected one of "
                    "artifact, testimony, sign_off, found 'artefact' (did you mean 'artifact'?) "
                    "[unknown-unstated_kind]"});
        // "Evidence, not faith": unsaid, the item is not backed by an artifact.
        const std::string item =
            "evidence:\n  - {id: a, type: project, title: T, date: 2025-01-01}\n";
        Person person = test::load_valid_person(test::person_head + item);
        RuleContext context{plain, person, test::date("2026-11-01"), "c1", Detail::items};
        Outcome outcome = plain.find_criterion("c1")->rule->evaluate(context);
        CHECK(outcome.status == Status::not_met);
        REQUIRE(outcome.considered.size() == 1);
        CHECK(outcome.considered[0].why == "kind not stated, not artifact");
        Diagnostics diagnostics;
        auto same = load_person({"person.yaml", test::person_head + item}, InputLimits{},
                                diagnostics, chosen.vocabularies);
        REQUIRE(same);
        RuleContext chosen_context{chosen, *same, test::date("2026-11-01"), "c1", Detail::items};
        CHECK(chosen.find_criterion("c1")->rule->evaluate(chosen_context).status == Status::met);
    }

} // TEST_SUITE
