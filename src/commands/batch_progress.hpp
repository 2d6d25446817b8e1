#pragma once
// The progress of `ladder batch` on stderr (a terminal only): a one-line bar redrawn in place.

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// A one-line progress bar on stderr, redrawn at most ten times a second.
class ProgressBar {
public:
    ProgressBar(std::ostream& err, bool enabled, std::optional<std::size_t> total)
        : err_(err), enabled_(enabled), total_(total) {}

    void update(std::size_t done);
    void finish();

private:
    std::ostream& err_;
    bool enabled_;
    std::optional<std::size_t> total_;
    std::chrono::steady_clock::time_point last_{};
};

// The number of input files, for the progress bar: only the directory listings, no reading.
// Unknown when paths come from stdin, which can be read only once.
std::optional<std::size_t> count_inputs(const std::vector<std::string>& paths);

} // namespace ladder
