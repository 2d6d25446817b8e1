#pragma once
// `ladder diff` as text, Markdown (to post on a pull request) and JSON: the changes between two
// framework versions and, given evidence, whose verdicts change.

#include "review/framework_diff.hpp"
#include "review/verdict_impact.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

// An evidence file that could not be evaluated against one of the versions, and why.
struct ImpactError {
    std::string file;
    std::vector<Diagnostic> diagnostics;
};

struct ImpactReport {
    Date as_of;
    std::size_t files = 0;             // evidence files read
    std::vector<PersonImpact> changed; // people with at least one verdict change
    std::vector<ImpactError> errors;
    bool counts_only = false; // how many verdicts change per level, never whose
};

// --redact: names and file paths (files are named after people) leave the report; ids stay.
void redact_impact(ImpactReport& impact);

struct DiffReport {
    std::string before_path;
    std::string after_path;
    FrameworkDiff diff;
    std::optional<ImpactReport> impact; // with --evidence
};

std::string render_diff_text(const DiffReport& report);
std::string render_diff_markdown(const DiffReport& report);
std::string render_diff_json(const DiffReport& report);

} // namespace ladder
