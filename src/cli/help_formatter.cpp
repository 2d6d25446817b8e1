#include "cli/help_formatter.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace ladder {

namespace {

// Each line of `text` wrapped at `width`, its wrapped lines under its own text: a footer's
// indented example or exit status stays indented.
std::string wrap_lines(const std::string& text, std::size_t width) {
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = std::string_view(text).substr(start, end - start);
        std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
        out += std::string(indent, ' ') + wrap_text(line.substr(indent), width, indent) + "\n";
        start = end + 1;
    }
    return out;
}

// CLI11 writes a flag's default into its name (`--explain{near}`): the reader types
// `--explain`.
std::string without_defaults(std::string name) {
    for (std::size_t open = name.find('{'); open != std::string::npos; open = name.find('{')) {
        std::size_t close = name.find('}', open);
        if (close == std::string::npos) {
            break;
        }
        name.erase(open, close - open + 1);
    }
    return name;
}

} // namespace

HelpFormatter::HelpFormatter(std::size_t width) : width_(width) {
    // Room for "  -f,--format FORMAT" and the like; narrower terminals keep more for the text.
    column_width(std::clamp<std::size_t>(width / 3, 20, 30));
}

std::string HelpFormatter::make_entry(const std::string& name, const std::string& text) const {
    std::string head = "  " + name;
    if (text.empty()) {
        return head + "\n";
    }
    const std::size_t column = get_column_width();
    std::string wrapped = wrap_text(text, width_, column);
    if (display_width(head) >= column) {
        return head + "\n" + std::string(column, ' ') + wrapped + "\n";
    }
    return pad_right(head, column) + wrapped + "\n";
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
    return make_entry(make_option_name(option, is_positional) + make_option_opts(option),
                      make_option_desc(option));
}

std::string HelpFormatter::make_option_name(const CLI::Option* option, bool is_positional) const {
    return without_defaults(CLI::Formatter::make_option_name(option, is_positional));
}

std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
    const std::string& text = option->get_option_text();
    if (!text.empty()) {
        return text.starts_with("[=") ? text : " " + text; // `--explain[=all]`: optional value
    }
    if (option->get_type_size() == 0) {
        return {}; // a flag
    }
    // CLI11 appends its validators to the type (`N:INT in [1 - 1024]`); the description says
    // the same in words.
    std::string type = option->get_type_name();
    std::string out = " " + type.substr(0, type.find(':'));
    if (!option->get_default_str().empty()) {
        out += "=" + option->get_default_str();
    }
    if (option->get_expected_max() == CLI::detail::expected_max_vector_size) {
        out += " ...";
    }
    if (option->get_required()) {
        out += " REQUIRED";
    }
    for (const CLI::Option* needed : option->get_needs()) {
        out += " (with " + needed->get_name() + ")";
    }
    return out;
}

std::string HelpFormatter::make_subcommand(const CLI::App* command) const {
    return make_entry(command->get_display_name(true), command->get_description());
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    std::string description = app->get_description();
    return description.empty() ? std::string() : wrap_lines(description, width_);
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
    std::string footer = app->get_footer();
    return footer.empty() ? std::string() : "\n" + wrap_lines(footer, width_);
}

} // namespace ladder
