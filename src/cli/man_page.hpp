#pragma once
// The man page's reference parts, in roff, written from the same CLI11 definitions as `--help`
// (each command's synopsis, description, arguments, options, examples and exit statuses), so
// that the page never lacks an option `--help` lists. The hidden `ladder --man PART` prints a
// part; the build puts the parts into packaging/ladder.1.in, whose prose is written by hand
// (cmake/man_page.cmake).

#include <optional>
#include <string>
#include <string_view>

namespace CLI {
class App;
} // namespace CLI

namespace ladder {

// The names of the parts, for `ladder --man PART`: "synopsis" (one line per command), "commands"
// (a subsection per command, then the options several commands share).
std::string_view man_page_parts();

// The part named `part` of the page of `app`, or nothing when there is no such part.
std::optional<std::string> man_page_part(const CLI::App& app, std::string_view part);

} // namespace ladder
