#pragma once
// What validate and test share for CI: `--format auto` (github in GitHub Actions, text
// elsewhere) and `--output FORMAT=FILE` (the same result written in another format too, so that
// one run gives the annotations, the SARIF and the JUnit report).

#include "commands/common.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct CiOutput {
    Format format;
    std::string path;
};

// The format to print: `chosen`, or with `automatic`, github in GitHub Actions, else text.
Format resolve_ci_format(bool automatic, Format chosen);

// "sarif=report.sarif" -> {sarif, "report.sarif"}; nullopt (after saying why) otherwise.
std::optional<CiOutput> parse_ci_output(const std::string& text, const Console& console);

// Every --output text parsed; nullopt (after saying why) if one is not FORMAT=FILE.
std::optional<std::vector<CiOutput>> parse_ci_outputs(const std::vector<std::string>& texts,
                                                      const Console& console);

// Writes `render(format)` to each output, whole or not at all; exit_ok or exit_trouble.
int write_ci_outputs(const std::vector<CiOutput>& outputs,
                     const std::function<std::string(Format)>& render, const Console& console);

} // namespace ladder
