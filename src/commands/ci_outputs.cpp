#include "commands/ci_outputs.hpp"

#include "util/file_io.hpp"
#include "util/visible_text.hpp"

#include <cstdlib>
#include <fmt/format.h>
#include <ostream>
#include <string_view>

namespace ladder {

// GitHub Actions sets GITHUB_ACTIONS=true in every step.
Format resolve_ci_format(bool automatic, Format chosen) {
    if (!automatic) {
        return chosen;
    }
    const char* actions = std::getenv("GITHUB_ACTIONS");
    return actions != nullptr && std::string_view(actions) == "true" ? Format::github
                                                                     : Format::text;
}

std::optional<CiOutput> parse_ci_output(const std::string& text, const Console& console) {
    auto equals = text.find('=');
    std::optional<Format> format;
    if (equals != std::string::npos) {
        format = parse_format(text.substr(0, equals));
    }
    bool known = format &&
                 (*format == Format::text || *format == Format::json || *format == Format::github ||
                  *format == Format::junit || *format == Format::sarif);
    if (!known || equals + 1 == text.size()) {
        console.err << fmt::format("ladder: error: --output: expected FORMAT=FILE with FORMAT one "
                                   "of text, json, github, junit, sarif; found '{}'\n",
                                   text);
        return std::nullopt;
    }
    return CiOutput{*format, text.substr(equals + 1)};
}

std::optional<std::vector<CiOutput>> parse_ci_outputs(const std::vector<std::string>& texts,
                                                      const Console& console) {
    std::vector<CiOutput> outputs;
    for (const auto& text : texts) {
        auto output = parse_ci_output(text, console);
        if (!output) {
            return std::nullopt;
        }
        outputs.push_back(*output);
    }
    return outputs;
}

int write_ci_outputs(const std::vector<CiOutput>& outputs,
                     const std::function<std::string(Format)>& render, const Console& console) {
    for (const auto& output : outputs) {
        std::string text = render(output.format);
        std::string error = write_file_atomically(output.path, [&text](std::ostream& out) {
            out << text;
            return static_cast<bool>(out);
        });
        if (!error.empty()) {
            console.err << fmt::format("ladder: error: {}; nothing written\n", visible_text(error));
            return exit_trouble;
        }
    }
    return exit_ok;
}

} // namespace ladder
