#include "yaml/tree_image.hpp"

#include <fmt/format.h>
#include <ostream>
#include <string>

namespace ladder {

bool images_hold_under(const InputLimits& limits) {
    const InputLimits defaults;
    return limits.max_depth >= defaults.max_depth && limits.max_nodes >= defaults.max_nodes &&
           limits.max_string_length >= defaults.max_string_length;
}

std::shared_ptr<const ParsedYaml> parsed_from_image(const TreeImage& image) {
    auto tree = std::make_shared<YamlTree>();
    tree->nodes.resize(image.nodes.size());
    for (std::size_t i = 0; i < image.nodes.size(); ++i) {
        const TreeImageNode& from = image.nodes[i];
        YamlTree::Node& node = tree->nodes[i];
        node.kind = static_cast<YamlTree::Kind>(from.kind);
        node.style = static_cast<YAML::EmitterStyle::value>(from.style);
        node.mark.pos = from.pos;
        node.mark.line = from.line;
        node.mark.column = from.column;
        node.scalar.assign(image.scalars.substr(from.scalar_offset, from.scalar_size));
        node.first_child = from.first_child;
        node.child_count = from.child_count;
    }
    tree->children.assign(image.children.begin(), image.children.end());
    auto parsed = std::make_shared<ParsedYaml>(std::string(image.path));
    for (const TreeImageEmptyValue& empty : image.empty_values) {
        YAML::Mark key;
        key.pos = empty.key_pos;
        key.line = empty.key_line;
        key.column = empty.key_column;
        parsed->file.note_empty_value_at(empty.value_pos, key);
    }
    parsed->root = YamlNode(std::move(tree), image.root);
    return parsed;
}

namespace {

// A C++ array of `type` named `name`, or a null pointer when there is nothing to hold (an array
// cannot be empty): returns what the initialiser refers to.
template <typename Write>
std::string write_array(std::ostream& out, std::string_view type, const std::string& name,
                        std::size_t count, Write write_item) {
    if (count == 0) {
        return fmt::format("std::span<const {}>()", type);
    }
    out << "const " << type << " " << name << "[] = {\n";
    for (std::size_t i = 0; i < count; ++i) {
        out << "    " << write_item(i) << ",\n";
    }
    out << "};\n";
    return fmt::format("std::span<const {}>({})", type, name);
}

} // namespace

bool write_tree_image(std::ostream& definitions, std::ostream& initialiser,
                      const ParsedYaml& parsed, std::string_view path, std::size_t text_size,
                      std::string_view name) {
    if (!parsed.problems.empty() || !parsed.root || !parsed.root->tree()) {
        return false;
    }
    const YamlTree& tree = *parsed.root->tree();
    std::string scalars;
    std::vector<std::uint32_t> offsets;
    for (const YamlTree::Node& node : tree.nodes) {
        offsets.push_back(static_cast<std::uint32_t>(scalars.size()));
        scalars += node.scalar;
    }
    std::string nodes = write_array(
        definitions, "TreeImageNode", fmt::format("{}_nodes", name), tree.nodes.size(),
        [&](std::size_t i) {
            const YamlTree::Node& node = tree.nodes[i];
            return fmt::format("{{{}, {}, {}, {}, {}, {}, {}, {}, {}}}",
                               static_cast<int>(node.kind), static_cast<int>(node.style),
                               node.mark.pos, node.mark.line, node.mark.column, offsets[i],
                               node.scalar.size(), node.first_child, node.child_count);
        });
    std::string children =
        write_array(definitions, "std::uint32_t", fmt::format("{}_children", name),
                    tree.children.size(), [&](std::size_t i) { return tree.children[i]; });
    const auto& empty_keys = parsed.file.empty_value_keys();
    std::vector<std::pair<std::size_t, YAML::Mark>> empties(empty_keys.begin(), empty_keys.end());
    std::string empty_values = write_array(
        definitions, "TreeImageEmptyValue", fmt::format("{}_empty_values", name), empties.size(),
        [&](std::size_t i) {
            const auto& [pos, key] = empties[i];
            return fmt::format("{{{}, {}, {}, {}}}", pos, key.pos, key.line, key.column);
        });
    // Bytes as hex escapes, so that no scalar can break the generated source.
    definitions << "const char " << name << "_scalars[] = {";
    for (std::size_t i = 0; i < scalars.size(); ++i) {
        definitions << (i % 16 == 0 ? "\n    " : " ")
                    << fmt::format("'\\x{:02x}',", static_cast<unsigned char>(scalars[i]));
    }
    definitions << "\n    0};\n\n";
    initialiser << fmt::format("    {{\"{}\", {}, {}, {}, {}, std::string_view({}_scalars, {}), "
                               "{}}},\n",
                               path, text_size, parsed.root->index(), nodes, children, name,
                               scalars.size(), empty_values);
    return true;
}

} // namespace ladder
