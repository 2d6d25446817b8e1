#include "load/test_suite_loader.hpp"
#include "report/review/test_report.hpp"
#include "review/test_runner.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;
using ladder::test::date;
using ladder::test::framework_head;
using ladder::test::lines;
using ladder::test::load_valid_framework;
using ladder::test::load_valid_person;
using ladder::test::person_head;
using Lines = std::vector<std::string>;

namespace {

// L1 with a required rating criterion and an optional evidence criterion; L2 above it.
const std::string framework_text = framework_head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria:
      - {id: c1, title: Delivers, description: What., guidance: How., rating: {competency: delivery, min: 3}}
      - {id: c2, title: Talks, description: What., guidance: How., required: false, evidence: {type: talk}}
  - id: L2
    track: ic
    title: Senior Engineer
    band: 2
    includes: L1
    summary: Works more.
    criteria:
      - {id: c3, title: Leads, description: What., guidance: How., rating: {competency: influence, min: 3}}
)";

TestSuite load_suite(const std::string& text, Lines expected_diagnostics = {}) {
    Diagnostics diagnostics;
    auto suite = load_test_suite({"tests/ladder-tests.yaml", text}, InputLimits{}, diagnostics);
    INFO(text);
    CHECK(lines(diagnostics) == expected_diagnostics);
    REQUIRE(suite.has_value());
    return *suite;
}

const std::string one_case = R"(criteria: ../criteria
as_of: 2026-11-01
cases:
  - name: rated 3 is ready
    evidence: people/p.yaml
    target: L1
    expect:
      ready: true
      criteria: {c1: met, c2: not_met}
)";

// Two tracks: L1 < L2 on ic, M1 < M2 on management; the only move is L2 -> M2 (an interest in
// management). From L1, M2 is two steps away and M1 has no route.
const std::string tracks_text = framework_head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria:
      - {id: c1, title: Delivers, description: What., guidance: How., rating: {competency: delivery, min: 3}}
  - {id: L2, track: ic, title: Senior, band: 2, summary: S, criteria: []}
  - id: M1
    track: management
    title: Lead
    band: 1
    summary: S
    criteria:
      - {id: m1, title: Leads, description: What., guidance: How., rating: {competency: influence, min: 1}}
  - {id: M2, track: management, title: Manager, band: 2, summary: S, criteria: []}
transitions:
  - from: L2
    to: M2
    criteria:
      - {id: to-m2, title: Wants it, description: What., guidance: How., interest: {track: management}}
)";

} // namespace

TEST_SUITE("load/test_suite_loader") {
    TEST_CASE("a valid suite: paths resolved against the suite file, as_of inherited") {
        TestSuite suite = load_suite(one_case);
        CHECK(suite.criteria == "criteria");
        REQUIRE(suite.cases.size() == 1);
        const TestCase& test = suite.cases[0];
        CHECK(test.name == "rated 3 is ready");
        CHECK(test.evidence == "tests/people/p.yaml");
        CHECK(test.target == "L1");
        CHECK(test.as_of == date("2026-11-01"));
        CHECK(test.ready == true);
        REQUIRE(test.criteria.size() == 2);
        CHECK(test.criteria[1].criterion == "c2");
        CHECK(test.criteria[1].status == Status::not_met);
        CHECK(test.criteria[1].where.line == 9);
        CHECK(test.criteria[1].where.column == 27);
    }

    TEST_CASE("mistakes are diagnostics at the node at fault") {
        load_suite(R"(as_of: 2026-11-01
cases:
  - name: a
    evidence: p.yaml
    target: L1
    expct: {ready: true}
  - name: b
    evidence: p.yaml
    target: L1
    expect: {ready: yes, criteria: {c1: mett}}
  - name: a
    evidence: p.yaml
    target: L1
    as_of: 2026-02-30
    expect: {}
)",
                   {"tests/ladder-tests.yaml:6:5: error: test case 'a': unknown key 'expct' (did "
                    "you mean 'expect'?) [unknown-key]",
                    "tests/ladder-tests.yaml:10:21: error: test case 'b' 'expect' 'ready': "
                    "expected true or false, found 'yes' [wrong-type]",
                    "tests/ladder-tests.yaml:10:41: error: expected status of 'c1': expected one "
                    "of met, partial, not_met, no_data, waived, found 'mett' (did you mean "
                    "'met'?) [unknown-status]",
                    "tests/ladder-tests.yaml:14:12: error: test case 'a' 'as_of': expected a "
                    "calendar date YYYY-MM-DD, found '2026-02-30' [invalid-date]",
                    "tests/ladder-tests.yaml:15:13: error: test case 'a' 'expect': expected "
                    "'ready', 'criteria' or both, found neither [missing-key]"});
    }

    TEST_CASE("a case needs a fixed date and a unique name") {
        load_suite(R"(cases:
  - {name: a, evidence: p.yaml, target: L1, expect: {ready: true}}
  - {name: b, evidence: p.yaml, target: L1, as_of: 2026-11-01, expect: {ready: true}}
  - {name: b, evidence: p.yaml, target: L1, as_of: 2026-11-01, expect: {ready: true}}
)",
                   {"tests/ladder-tests.yaml:2:5: error: test case 'a': missing required key "
                    "'as_of' (or set 'as_of' at the top of the file); a test needs a fixed "
                    "evaluation date [missing-key]",
                    "tests/ladder-tests.yaml:4:12: error: test case name 'b' is used twice; "
                    "expected unique names [duplicate-id]"});
    }
}

TEST_SUITE("eval/test_runner") {
    TEST_CASE("a passing case, and a failing one with each mismatch located and explained") {
        Framework framework = load_valid_framework(framework_text);
        TestSuite suite = load_suite(one_case);
        CoverageCounter coverage;
        Person ready = load_valid_person(person_head + "ratings: {delivery: 3}\n");
        CaseResult pass = run_test_case(framework, suite.cases[0], ready, coverage);
        CHECK(pass.verdict == CaseVerdict::passed);
        CHECK(pass.mismatches.empty());

        Person not_ready = load_valid_person(person_head + "ratings: {delivery: 2}\n");
        CaseResult fail = run_test_case(framework, suite.cases[0], not_ready, coverage);
        CHECK(fail.verdict == CaseVerdict::failed);
        REQUIRE(fail.mismatches.size() == 2);
        CHECK(fail.mismatches[0].subject == "ready");
        CHECK(fail.mismatches[0].expected == "ready");
        CHECK(fail.mismatches[0].actual == "not ready");
        CHECK(fail.mismatches[0].detail == "required criteria not met: c1 (not_met)");
        CHECK(fail.mismatches[0].where.line == 8);
        CHECK(fail.mismatches[1].subject == "c1");
        CHECK(fail.mismatches[1].actual == "not_met");
        CHECK(fail.mismatches[1].detail ==
              "rated 2 (Developing) in Delivery (unattributed); at least 3 (Proficient) is needed");

        SUBCASE("the text report shows the diff of expected against actual") {
            TestRunReport report;
            report.suites.push_back({&suite, {pass, fail}});
            CHECK(render_test_text(report, Style(false)) ==
                  "tests/ladder-tests.yaml: 2 cases\n"
                  "PASS  rated 3 is ready\n"
                  "FAIL  rated 3 is ready\n"
                  "      tests/ladder-tests.yaml:4:5: tests/people/p.yaml against L1 as of "
                  "2026-11-01\n"
                  "      tests/ladder-tests.yaml:8:14: ready\n"
                  "        - expected: ready\n"
                  "        + actual:   not ready\n"
                  "          why:      required criteria not met: c1 (not_met)\n"
                  "      tests/ladder-tests.yaml:9:18: c1\n"
                  "        - expected: met\n"
                  "        + actual:   not_met\n"
                  "          why:      rated 2 (Developing) in Delivery (unattributed); at least 3 "
                  "(Proficient) is\n"
                  "                    needed\n"
                  "\n"
                  "1 passed, 1 failed, 0 errors\n");
        }
    }

    TEST_CASE("an unknown target or a criterion not judged fails the case") {
        Framework framework = load_valid_framework(framework_text);
        TestSuite suite = load_suite(R"(as_of: 2026-11-01
cases:
  - {name: x, evidence: p.yaml, target: L9, expect: {ready: true}}
  - {name: y, evidence: p.yaml, target: L1, expect: {criteria: {c3: met}}}
)");
        CoverageCounter coverage;
        Person person = load_valid_person(person_head);
        CaseResult unknown = run_test_case(framework, suite.cases[0], person, coverage);
        REQUIRE(unknown.mismatches.size() == 1);
        CHECK(unknown.mismatches[0].detail == "the framework has no level 'L9'");
        CaseResult not_judged = run_test_case(framework, suite.cases[1], person, coverage);
        REQUIRE(not_judged.mismatches.size() == 1);
        CHECK(not_judged.mismatches[0].actual == "not evaluated");
        CHECK(not_judged.mismatches[0].detail == "'c3' is not among the criteria L1 is judged on");
    }

    TEST_CASE("coverage counts criteria seen both met and not met, waived counts neither") {
        Framework framework = load_valid_framework(framework_text);
        TestSuite suite = load_suite(R"(as_of: 2026-11-01
cases:
  - {name: x, evidence: p.yaml, target: L2, expect: {ready: false}}
)");
        CoverageCounter counter;
        Person weak = load_valid_person(person_head + "ratings: {delivery: 1}\n");
        Person strong = load_valid_person(person_head + R"(ratings: {delivery: 4}
exceptions:
  - {criterion: c3, status: waived, justification: Board decision., approved_by: E9}
)");
        run_test_case(framework, suite.cases[0], weak, counter);
        Coverage before_strong = coverage_of(framework, counter);
        CHECK(before_strong.covered == 0);
        CHECK(before_strong.total == 3);
        run_test_case(framework, suite.cases[0], strong, counter);
        Coverage coverage = coverage_of(framework, counter);
        REQUIRE(coverage.criteria.size() == 3);
        CHECK(coverage.criteria[0].covered());       // c1: not met, then met
        CHECK_FALSE(coverage.criteria[1].covered()); // c2: no talk either time
        CHECK(coverage.criteria[1].not_met);
        CHECK_FALSE(coverage.criteria[2].met); // c3: waived says nothing
        CHECK(coverage.criteria[2].not_met);
        CHECK(coverage.covered == 1);
        CHECK(coverage.share() == doctest::Approx(1.0 / 3));
        SUBCASE("the minimum compares whole counts") {
            CoverageGroup group{"criteria", "tests/ladder-tests.yaml", coverage};
            CHECK(below_minimum(group, 34));
            CHECK_FALSE(below_minimum(group, 33.3));
        }
    }

    TEST_CASE("a target on another track: an expectation means the verdict evaluate shows") {
        Framework framework = load_valid_framework(tracks_text);
        TestSuite suite = load_suite(R"(as_of: 2026-11-01
cases:
  - {name: far, evidence: p.yaml, target: M2, expect: {ready: true}}
  - {name: far not, evidence: p.yaml, target: M2, expect: {ready: false}}
  - {name: none, evidence: p.yaml, target: M1, expect: {ready: true}}
  - {name: none not, evidence: p.yaml, target: M1, expect: {ready: false}}
  - {name: none criteria, evidence: p.yaml, target: M1, expect: {criteria: {m1: met}}}
  - {name: far criteria, evidence: p.yaml, target: M2, expect: {criteria: {c1: met, to-m2: met}}}
)");
        CoverageCounter coverage;
        // Rated and interested: every step of the route to M2 is ready, and M1's own criterion
        // is met; neither makes the person ready for a target one step does not reach.
        Person person = load_valid_person(
            person_head + "interests: [management]\nratings: {delivery: 3, influence: 1}\n");
        auto run = [&](std::size_t index) {
            return run_test_case(framework, suite.cases[index], person, coverage);
        };
        CaseResult far = run(0);
        CHECK(far.verdict == CaseVerdict::failed);
        REQUIRE(far.mismatches.size() == 1);
        CHECK(far.mismatches[0].expected == "ready");
        CHECK(far.mismatches[0].actual == "2 steps away");
        CHECK(far.mismatches[0].detail ==
              "M2 is 2 steps away: L1 -> L2 -> M2; ready means one step, so not ready for M2; "
              "the first step, L2: every required criterion is met; 0 of 0 criteria met");
        CHECK(run(1).verdict == CaseVerdict::passed);

        CaseResult none = run(2);
        CHECK(none.verdict == CaseVerdict::failed);
        REQUIRE(none.mismatches.size() == 1);
        CHECK(none.mismatches[0].actual == "no route");
        CHECK(none.mismatches[0].detail == "the framework defines no promotion or move, nor any "
                                           "sequence of them, from L1 to M1");
        CHECK(run(3).verdict == CaseVerdict::passed);

        CaseResult none_criteria = run(4);
        REQUIRE(none_criteria.mismatches.size() == 1);
        CHECK(none_criteria.mismatches[0].actual == "not evaluated");
        CHECK(none_criteria.mismatches[0].detail ==
              "nothing is judged: the framework defines no promotion or move, nor any sequence "
              "of them, from L1 to M1");

        // The criteria judged in full are the first step's (L2 asks for nothing of its own).
        CaseResult far_criteria = run(5);
        REQUIRE(far_criteria.mismatches.size() == 2);
        CHECK(far_criteria.mismatches[0].subject == "c1");
        CHECK(far_criteria.mismatches[0].detail ==
              "'c1' is not among the criteria of L2, the first step of the route to M2 (L1 -> "
              "L2 -> M2), which is what is judged");
        CHECK(far_criteria.mismatches[1].subject == "to-m2");

        // Every step of a route is judged on today's evidence, so coverage sees the move's
        // criterion; M1, which no route reaches, is never judged.
        Coverage seen = coverage_of(framework, coverage);
        for (const auto& entry : seen.criteria) {
            INFO(entry.criterion->id);
            CHECK(entry.met == (entry.criterion->id == "to-m2"));
        }
    }
}
