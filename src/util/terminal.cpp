#include "util/terminal.hpp"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace ladder {

bool is_terminal(std::FILE* stream) {
    return ::isatty(::fileno(stream)) == 1;
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

std::string Style::wrap(std::string_view code, std::string_view text) const {
    if (!enabled_) {
        return std::string(text);
    }
    std::string result = "\x1b[";
    result += code;
    result += 'm';
    result += text;
    result += "\x1b[0m";
    return result;
}

} // namespace ladder
