#pragma once
// Whether to colour output: on a terminal only, never with NO_COLOR, unless forced.

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace ladder {

enum class ColorMode { automatic, always, never };

// In auto mode: NO_COLOR (any value) turns colour off; CLICOLOR_FORCE or FORCE_COLOR (any value
// but 0 or false) turn it on; FORCE_COLOR=0 and CLICOLOR=0 turn it off; else a terminal (not
// TERM=dumb) has colour.
bool should_use_color(ColorMode mode, std::FILE* stream);
bool is_terminal(std::FILE* stream);
// The width of the terminal `stream` writes to, in columns; none when it is not a terminal.
std::optional<std::size_t> terminal_columns(std::FILE* stream);

// Terminal styling through fmt/color.h, a no-op when disabled so renderers need no branches.
// The one escape sequence fmt does not offer, erasing a line for the progress bar, is
// erase_line() below.
class Style {
public:
    explicit Style(bool enabled = false) : enabled_(enabled) {}
    bool enabled() const { return enabled_; }
    std::string bold(std::string_view text) const;
    std::string dim(std::string_view text) const;
    std::string red(std::string_view text) const;
    std::string green(std::string_view text) const;
    std::string yellow(std::string_view text) const;
    std::string cyan(std::string_view text) const;

private:
    bool enabled_;
};

// Carriage return and "erase to end of line": redraws a progress line in place.
constexpr std::string_view erase_line = "\r\x1b[K";

} // namespace ladder
