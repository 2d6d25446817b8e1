#pragma once
// Whether to colour output: on a terminal only, never with NO_COLOR, unless forced.

#include <cstdio>
#include <string>
#include <string_view>

namespace ladder {

enum class ColorMode { automatic, always, never };

// NO_COLOR (any value) turns colour off in auto mode; CLICOLOR_FORCE / FORCE_COLOR turn it on.
bool should_use_color(ColorMode mode, std::FILE* stream);
bool is_terminal(std::FILE* stream);

// ANSI styling that is a no-op when disabled, so renderers need no branches.
class Style {
public:
    explicit Style(bool enabled = false) : enabled_(enabled) {}
    bool enabled() const { return enabled_; }
    std::string bold(std::string_view text) const { return wrap("1", text); }
    std::string dim(std::string_view text) const { return wrap("2", text); }
    std::string red(std::string_view text) const { return wrap("31", text); }
    std::string green(std::string_view text) const { return wrap("32", text); }
    std::string yellow(std::string_view text) const { return wrap("33", text); }
    std::string cyan(std::string_view text) const { return wrap("36", text); }

private:
    std::string wrap(std::string_view code, std::string_view text) const;
    bool enabled_;
};

} // namespace ladder
