#pragma once
// The YAML tree of a source, parsed once: the tree load/file_kind parsed to tell the file's kind,
// or a new parse. Every loader reads its file through this.

#include "load/source_text.hpp"
#include "yaml/yaml_file.hpp"

#include <optional>

namespace ladder {

// Problems go to `file`'s diagnostics either way, in the order a parse finds them.
std::optional<YamlNode> parse_source(const SourceText& source, YamlFile& file,
                                     const InputLimits& limits);

} // namespace ladder
