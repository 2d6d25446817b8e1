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
};

} // namespace ladder
