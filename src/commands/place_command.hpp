#pragma once
// `ladder place FILE...`: the level each person's evidence reaches on each track, and what the
// next level needs.

#include "commands/common.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct PlaceOptions {
    std::vector<std::string> files;
    std::optional<std::string> as_of;
    Format format = Format::text;
};

int run_place(const CommonOptions& common, const PlaceOptions& options, const Console& console);

} // namespace ladder
