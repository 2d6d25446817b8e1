#include "commands/batch_progress.hpp"

#include "commands/batch_inputs.hpp"
#include "util/terminal.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <ostream>

namespace ladder {

void ProgressBar::update(std::size_t done) {
    auto now = std::chrono::steady_clock::now();
    if (!enabled_ || now - last_ < std::chrono::milliseconds(100)) {
        return;
    }
    last_ = now;
    std::string pace =
        progress_pace(done, total_, std::chrono::duration<double>(now - start_).count());
    pace = pace.empty() ? "" : "  " + pace;
    // Erased first: a shorter line (the time left shrinks) must not leave the old one's tail.
    if (total_ && *total_ > 0) {
        std::size_t filled = std::min<std::size_t>(30, done * 30 / *total_);
        err_ << fmt::format("{}[{}{}] {}/{} files{}", erase_line, std::string(filled, '#'),
                            std::string(30 - filled, '.'), done, *total_, pace);
    } else {
        err_ << fmt::format("{}{} files{}", erase_line, done, pace);
    }
    err_.flush();
}

std::string progress_pace(std::size_t done, std::optional<std::size_t> total, double seconds) {
    if (done == 0 || seconds < 0.5) {
        return {}; // too early for a rate worth reading
    }
    const double rate = static_cast<double>(done) / seconds;
    std::string out = fmt::format("{:.0f}/s", rate);
    if (total && *total > done) {
        const double left = static_cast<double>(*total - done) / rate;
        out += left < 90 ? fmt::format(", about {:.0f} s left", std::max(1.0, left))
                         : fmt::format(", about {:.0f} min left", left / 60);
    }
    return out;
}

void ProgressBar::finish() {
    if (enabled_) {
        err_ << erase_line;
        err_.flush();
    }
}

std::optional<std::size_t> count_inputs(const std::vector<std::string>& paths) {
    if (std::find(paths.begin(), paths.end(), "-") != paths.end()) {
        return std::nullopt;
    }
    BatchInputs inputs(paths, nullptr);
    std::size_t count = 0;
    while (inputs.next()) {
        ++count;
    }
    return count;
}

} // namespace ladder
