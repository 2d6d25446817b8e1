#include "commands/version_command.hpp"

#include "commands/common.hpp"
#include "load/criteria_loader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>

namespace ladder {

namespace {

// The built-in files that can say `framework:` (id, version) at their top level: the version
// line needs nothing else, and parsing levels and criteria (nine tenths of the YAML) made
// `ladder --version` as slow as an evaluation. All of them if no file looks like it.
std::vector<SourceText> identity_sources() {
    std::vector<SourceText> sources = embedded_sources();
    std::vector<SourceText> identity;
    std::copy_if(sources.begin(), sources.end(), std::back_inserter(identity),
                 [](const SourceText& source) {
                     return source.text.starts_with("framework:") ||
                            source.text.find("\nframework:") != std::string::npos;
                 });
    return identity.empty() ? sources : identity;
}

} // namespace

std::string version_text() {
    Diagnostics ignored; // the sections these files leave out; `validate` checks the framework
    std::vector<SourceText> sources = identity_sources();
    attach_embedded_trees(sources, InputLimits{}); // the trees made at build time: no parse
    Framework built_in = load_framework(sources, InputLimits{}, ignored);
    return fmt::format("ladder {}\nbuilt-in framework: {} {}\n", LADDER_VERSION, built_in.id,
                       built_in.version);
}

} // namespace ladder
