#include "commands/output_file.hpp"

#include "util/file_io.hpp"
#include "util/visible_text.hpp"

#include <array>
#include <csignal>
#include <fmt/format.h>
#include <ostream>
#include <signal.h>

namespace ladder {
namespace fs = std::filesystem;

namespace {

// Set by SIGINT / SIGTERM / SIGHUP while --output is being written, so that the run stops and
// the temporary file is removed instead of leaving a half-written report behind.
volatile std::sig_atomic_t interrupted = 0;

extern "C" void note_interrupt(int) {
    interrupted = 1;
}

class InterruptGuard {
public:
    InterruptGuard() {
        interrupted = 0;
        struct sigaction action {};
        action.sa_handler = note_interrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0; // no SA_RESTART: a blocking read of stdin returns and the run stops
        for (std::size_t i = 0; i < signals_.size(); ++i) {
            sigaction(signals_[i], &action, &previous_[i]);
        }
    }
    ~InterruptGuard() {
        for (std::size_t i = 0; i < signals_.size(); ++i) {
            sigaction(signals_[i], &previous_[i], nullptr);
        }
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    std::array<int, 3> signals_ = {SIGINT, SIGTERM, SIGHUP};
    std::array<struct sigaction, 3> previous_{};
};

} // namespace

bool output_interrupted() {
    return interrupted != 0;
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::equivalent(a, b, error) && !error;
}

void say_output_is_an_input(const std::string& output, bool redact, const Console& console) {
    if (redact) {
        console.err << "ladder: error: the --output file is also one of the inputs; refusing to "
                       "overwrite it\n";
        return;
    }
    console.err << fmt::format("ladder: error: --output {} is also an input; refusing to "
                               "overwrite it\n",
                               visible_text(output));
}

bool output_is_an_input(const std::vector<std::string>& paths,
                        const std::optional<std::string>& output, bool redact,
                        const Console& console) {
    for (const auto& path : paths) {
        if (output && path != "-" && same_file(path, *output)) {
            say_output_is_an_input(*output, redact, console);
            return true;
        }
    }
    return false;
}

int write_output_file(const std::string& output, const std::function<bool(std::ostream&)>& write,
                      const std::function<bool()>& refused, const Console& console) {
    InterruptGuard guard;
    std::string error = write_file_atomically(output, write);
    if (interrupted) {
        console.err << fmt::format("ladder: interrupted; {} not written\n", visible_text(output));
        return exit_trouble;
    }
    if (refused()) {
        return exit_trouble; // already said why
    }
    if (!error.empty()) {
        console.err << fmt::format("ladder: error: {}; nothing written\n", visible_text(error));
        return exit_trouble;
    }
    return exit_ok;
}

} // namespace ladder
