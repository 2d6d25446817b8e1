#pragma once
// --output FILE for the commands whose report may be long in coming (batch, candidates): the
// report is written whole or not at all (a temporary file and a rename), an interrupt removes
// the temporary file instead of leaving half a report, and FILE may not be one of the inputs.

#include "commands/common.hpp"

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// Whether SIGINT, SIGTERM or SIGHUP arrived while write_output_file runs: the writer stops.
bool output_interrupted();

bool same_file(const std::filesystem::path& a, const std::filesystem::path& b);

// "ladder: error: --output FILE is also an input; refusing to overwrite it". With `redact`
// (--redact, --pseudonymise) the path is left out: FILE is an evidence file, whose name
// often names its person.
void say_output_is_an_input(const std::string& output, bool redact, const Console& console);

// Whether `output` is one of the named `paths` (said on stderr): refused before reading.
bool output_is_an_input(const std::vector<std::string>& paths,
                        const std::optional<std::string>& output, bool redact,
                        const Console& console);

// Writes the report through `write` into `output`; exit_ok, or exit_trouble with what went
// wrong said. `refused`, asked afterwards: the writer stopped on purpose and said why.
int write_output_file(const std::string& output, const std::function<bool(std::ostream&)>& write,
                      const std::function<bool()>& refused, const Console& console);

} // namespace ladder
