#pragma once
// The progress of `ladder batch` on stderr (a terminal only): a one-line bar redrawn in place.

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// A one-line progress bar on stderr, redrawn at most ten times a second, with the rate and the
// time left.
class ProgressBar {
public:
    ProgressBar(std::ostream& err, bool enabled, std::optional<std::size_t> total)
        : err_(err), enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()) {}

    void update(std::size_t done);
    void finish();

private:
    std::ostream& err_;
    bool enabled_;
    std::optional<std::size_t> total_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_{};
};

// "1,234/s, about 2 min left": the rate so far and the time the rest would take at it; empty
// until there is a rate to tell.
std::string progress_pace(std::size_t done, std::optional<std::size_t> total, double seconds);

// The number of input files, for the progress bar: only the directory listings, no reading.
// Unknown when paths come from stdin, which can be read only once.
std::optional<std::size_t> count_inputs(const std::vector<std::string>& paths);

} // namespace ladder
