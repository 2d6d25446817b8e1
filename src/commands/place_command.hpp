#pragma once
// `ladder place FILE...`: the level each person's evidence reaches on each track, and what the
// next level needs. `--files-from LIST` reads the paths from a file (or stdin), one at a time:
// memory does not grow with their number, as it does with paths on the command line.

#include "commands/common.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct PlaceOptions {
    std::vector<std::string> files;
    // A list of further paths, one a line (NUL-separated with -0); `-`: stdin.
    std::optional<std::string> files_from;
    bool null_separated = false;
    std::istream* in = nullptr; // where `--files-from -` reads
    std::optional<std::string> as_of;
    Format format = Format::text;
};

int run_place(const CommonOptions& common, const PlaceOptions& options, const Console& console);

} // namespace ladder
