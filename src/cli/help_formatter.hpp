#pragma once
// `--help` that fits the width it is given (COLUMNS, else the terminal, else 100 columns):
// descriptions, footers and the command list wrapped at word boundaries under their column,
// and option metavariables as a reader writes them (`N`, not CLI11's `N:INT in [1 - 1024]`).

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>

namespace ladder {

class HelpFormatter : public CLI::Formatter {
public:
    explicit HelpFormatter(std::size_t width);

    std::string make_option(const CLI::Option* option, bool is_positional) const override;
    std::string make_option_name(const CLI::Option* option, bool is_positional) const override;
    std::string make_option_opts(const CLI::Option* option) const override;
    std::string make_subcommand(const CLI::App* command) const override;
    std::string make_description(const CLI::App* app) const override;
    std::string make_footer(const CLI::App* app) const override;

private:
    // One entry: `name` in the left column, `text` wrapped beside it (under it when the name
    // is too wide for the column).
    std::string make_entry(const std::string& name, const std::string& text) const;

    std::size_t width_;
};

} // namespace ladder
