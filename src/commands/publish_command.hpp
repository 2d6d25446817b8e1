#pragma once
// `ladder publish --out DIR`: the framework as a static HTML site.
//
// The directory is written whole or not at all: the site is built in a temporary directory
// beside DIR and renamed into place. A directory ladder wrote holds a `.ladder-site` marker
// file and is replaced; any other existing directory is refused unless --force is given.

#include "commands/common.hpp"

#include <string>

namespace ladder {

struct PublishOptions {
    std::string out;
    bool force = false; // replace a directory ladder did not write, and everything in it
};

// The marker file that says ladder wrote a directory (and may replace it).
inline constexpr const char* site_marker_file = ".ladder-site";

int run_publish(const CommonOptions& common, const PublishOptions& options, const Console& console);

} // namespace ladder
