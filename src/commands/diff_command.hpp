#pragma once
// `ladder diff OLD NEW [--evidence PATH]`: what changed between two versions of the criteria,
// in words, and whose verdicts the change flips.

#include "commands/common.hpp"

#include <optional>
#include <string>

namespace ladder {

struct DiffOptions {
    std::string before; // criteria file or directory
    std::string after;
    std::optional<std::string> evidence; // evidence file or directory
    std::optional<std::string> as_of;
    Format format = Format::text;
    bool redact = false;      // no names or file paths of people
    bool counts_only = false; // verdict changes counted per level, nobody named
    int min_group = 5;        // counts-only: a count under it is not shown
    int jobs = 0;             // evidence files compared in parallel; 0: the number of cores
};

// Exit status, as diff(1): 0 no changes, 1 changes, 2 trouble (invalid or unreadable criteria,
// an evidence file that could not be compared).
int run_diff(const CommonOptions& common, const DiffOptions& options, const Console& console);

} // namespace ladder
