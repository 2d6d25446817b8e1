#include "yaml/parsed_yaml.hpp"

namespace ladder {

std::shared_ptr<const ParsedYaml> parse_yaml_once(std::string_view text, std::string path,
                                                  const InputLimits& limits) {
    auto parsed = std::make_shared<ParsedYaml>(std::move(path));
    parsed->root = parse_yaml(text, parsed->file, limits);
    return parsed;
}

std::optional<YamlNode> hand_over(const ParsedYaml& parsed, YamlFile& file) {
    file.diagnostics().append(parsed.problems);
    file.adopt_positions(parsed.file);
    return parsed.root;
}

} // namespace ladder
