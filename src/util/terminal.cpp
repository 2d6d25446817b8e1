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
    auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value != nullptr && *value != '\0';
    };
    if (set("NO_COLOR")) {
        return false;
    }
    if (set("CLICOLOR_FORCE") || set("FORCE_COLOR")) {
        return true;
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
