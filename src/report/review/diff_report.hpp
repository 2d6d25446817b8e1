#pragma once
// `ladder diff` as text, Markdown (to post on a pull request) and JSON: the changes between two
// framework versions and, given evidence, whose verdicts change.

#include "review/framework_diff.hpp"
#include "review/verdict_impact.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// An evidence file that could not be evaluated against one of the versions, and why.
struct ImpactError {
    std::string file;
    std::vector<Diagnostic> diagnostics;
};

struct LevelCounts {
    int became_ready = 0;
    int became_not_ready = 0;
    // Not ready before and after, but the way there changed (not ready -> no route, steps away
    // -> not ready, ...): eval/route's verdicts.
    int route_changed = 0;
};

struct ImpactReport {
    Date as_of;
    std::size_t files = 0;             // evidence files read
    std::vector<PersonImpact> changed; // people with at least one verdict change (not counts_only)
    std::vector<ImpactError> errors;
    bool counts_only = false; // how many verdicts change per level, never whose
    // Counts-only: a count from 1 to min_group - 1 is not shown (it would single people out), nor
    // then how many people change in all (it would give the hidden count away by subtraction).
    int min_group = 1;
    std::size_t people_changed = 0;
    std::map<std::string, LevelCounts> per_level; // level id -> verdicts turning each way

    // Counts the person's changes; keeps the person only when the report names people, so a
    // counts-only run over 100,000 files holds a few counters, not 100,000 entries.
    void add(PersonImpact person);
};

// --redact: names and file paths (files are named after people) leave the report, and so do the
// messages about files that could not be compared (they may quote the file); ids stay.
void redact_impact(ImpactReport& impact);

struct DiffReport {
    std::string before_path;
    std::string after_path;
    FrameworkDiff diff;
    std::optional<ImpactReport> impact; // with --evidence
};

// `width`: the text wraps to it (util/output_width).
std::string render_diff_text(const DiffReport& report, std::size_t width);
std::string render_diff_markdown(const DiffReport& report);
std::string render_diff_json(const DiffReport& report);

} // namespace ladder
