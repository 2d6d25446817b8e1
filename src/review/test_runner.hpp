#pragma once
// Running criteria test cases: evaluate each case's person against its target level, compare
// the verdict with the expected one, and count which criteria the cases saw both met and not
// met (coverage).

#include "eval/evaluation.hpp"
#include "model/test_case.hpp"

#include <map>
#include <string>
#include <vector>

namespace ladder {

enum class CaseVerdict { passed, failed, error };
std::string_view to_string(CaseVerdict verdict);

// One expectation that did not hold, located at the expectation in the suite file.
struct Mismatch {
    Location where;
    std::string subject;  // "ready", "target" or a criterion id
    std::string expected; // "ready", "met"
    std::string actual;   // "not ready", "partial"
    std::string detail;   // why: the criterion's reason, the required criteria not met
};

struct CaseResult {
    const TestCase* test = nullptr;
    CaseVerdict verdict = CaseVerdict::passed;
    std::vector<Mismatch> mismatches;
    std::vector<Diagnostic> errors; // why the case could not run (e.g. its evidence file)
};

// The statuses the cases saw, per criterion id. Met counts one way; partial, not met and no data
// the other; waived neither, since a waiver says nothing about the rule.
class CoverageCounter {
public:
    void record(const LevelResult& result);
    bool seen_met(const std::string& criterion) const;
    bool seen_not_met(const std::string& criterion) const;

private:
    std::map<std::string, std::pair<bool, bool>> seen_; // id -> (met, not met)
};

struct CriterionCoverage {
    const Criterion* criterion = nullptr;
    std::string owner; // the level id, or "IC4 -> M1"
    bool met = false;
    bool not_met = false;
    bool covered() const { return met && not_met; }
};

struct Coverage {
    std::vector<CriterionCoverage> criteria; // every criterion of the framework, in its order
    int covered = 0;
    int total = 0;
    // Share of criteria exercised both ways, 0..1 (1 for a framework without criteria).
    double share() const { return total == 0 ? 1.0 : static_cast<double>(covered) / total; }
};

// Evaluates the case and records what it saw in `coverage`. The person must be valid against
// the framework (check_person found no errors).
CaseResult run_test_case(const Framework& framework, const TestCase& test, const Person& person,
                         CoverageCounter& coverage);

// A case that could not run, with the diagnostics that say why.
CaseResult errored_case(const TestCase& test, std::vector<Diagnostic> errors);

Coverage coverage_of(const Framework& framework, const CoverageCounter& counter);

} // namespace ladder
