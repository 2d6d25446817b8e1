#include "load/source_tree.hpp"

#include "yaml/parsed_yaml.hpp"

namespace ladder {

std::optional<YamlNode> parse_source(const SourceText& source, YamlFile& file,
                                     const InputLimits& limits) {
    if (source.parsed) {
        return hand_over(*source.parsed, file);
    }
    return parse_yaml(source.text, file, limits);
}

} // namespace ladder
