#pragma once
// Bounds on what ladder accepts from one input file, so no file can hang ladder or exhaust
// memory. Each has a command-line flag; the diagnostic for each names that flag.

#include <cstddef>
#include <cstdint>

namespace ladder {

struct InputLimits {
    std::uintmax_t max_file_bytes = 1024 * 1024; // --max-file-size
    int max_depth = 64;                          // --max-depth
    std::size_t max_nodes = 100'000;             // --max-nodes, counted after alias expansion
    std::size_t max_string_length = 64 * 1024;   // --max-string-length
    // Bounds on a framework as a whole (over all its files): every pass over it, and every
    // person's evaluation, grows with these, and a report lists each level's inherited criteria.
    std::size_t max_levels = 1'000;    // --max-levels
    std::size_t max_criteria = 10'000; // --max-criteria: criteria and their rules' options,
                                       // counted with aliases expanded
};

} // namespace ladder
