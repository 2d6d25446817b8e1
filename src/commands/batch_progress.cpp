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
    if (total_ && *total_ > 0) {
        std::size_t filled = std::min<std::size_t>(30, done * 30 / *total_);
        err_ << fmt::format("\r[{}{}] {}/{} files", std::string(filled, '#'),
                            std::string(30 - filled, '.'), done, *total_);
    } else {
        err_ << fmt::format("\r{} files", done);
    }
    err_.flush();
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
