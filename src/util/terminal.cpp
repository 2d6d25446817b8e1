#include "util/terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <fmt/color.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace ladder {

bool is_terminal(std::FILE* stream) {
    return ::isatty(::fileno(stream)) == 1;
}

std::optional<std::size_t> terminal_columns(std::FILE* stream) {
    struct winsize size {};
    if (!is_terminal(stream) || ::ioctl(::fileno(stream), TIOCGWINSZ, &size) != 0 ||
        size.ws_col == 0) {
        return std::nullopt;
    }
    return size.ws_col;
}

bool should_use_color(ColorMode mode, std::FILE* stream) {
    if (mode != ColorMode::automatic) {
        return mode == ColorMode::always;
    }
    auto value_of = [](const char* name) -> std::optional<std::string_view> {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') {
            return std::nullopt;
        }
        return std::string_view(value);
    };
    auto off = [](std::string_view value) {
        return value == "0" || value == "false";
    };
    if (value_of("NO_COLOR")) {
        return false;
    }
    // CLICOLOR_FORCE=1 or FORCE_COLOR=1 force colour; their value 0 (or false) means "do not
    // force", never "force".
    auto force = value_of("CLICOLOR_FORCE");
    auto force_color = value_of("FORCE_COLOR");
    if ((force && !off(*force)) || (force_color && !off(*force_color))) {
        return true;
    }
    if (force_color && off(*force_color)) {
        return false; // FORCE_COLOR=0 asks for no colour at all
    }
    if (auto clicolor = value_of("CLICOLOR"); clicolor && *clicolor == "0") {
        return false; // CLICOLOR=0: no colour even on a terminal
    }
    const char* term = std::getenv("TERM");
    if (term != nullptr && std::strcmp(term, "dumb") == 0) {
        return false;
    }
    return is_terminal(stream);
}

namespace {

std::string styled(bool enabled, const fmt::text_style& style, std::string_view text) {
    if (!enabled) {
        return std::string(text);
    }
    return fmt::format(style, "{}", text);
}

} // namespace

std::string Style::bold(std::string_view text) const {
    return styled(enabled_, fmt::emphasis::bold, text);
}
std::string Style::dim(std::string_view text) const {
    return styled(enabled_, fmt::emphasis::faint, text);
}
std::string Style::red(std::string_view text) const {
    return styled(enabled_, fmt::fg(fmt::terminal_color::red), text);
}
std::string Style::green(std::string_view text) const {
    return styled(enabled_, fmt::fg(fmt::terminal_color::green), text);
}
std::string Style::yellow(std::string_view text) const {
    return styled(enabled_, fmt::fg(fmt::terminal_color::yellow), text);
}
std::string Style::cyan(std::string_view text) const {
    return styled(enabled_, fmt::fg(fmt::terminal_color::cyan), text);
}

} // namespace ladder
