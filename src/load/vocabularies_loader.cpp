#include "load/vocabularies_loader.hpp"

#include "yaml/map_reader.hpp"

#include <fmt/format.h>
#include <set>

namespace ladder {

namespace {

// A list of distinct ids, at least one: an empty vocabulary would make every item invalid.
void read_words(const MapReader& map, const std::string& key, std::vector<std::string>& words) {
    if (!map.has(key)) {
        return;
    }
    YamlNode node = map.get(key);
    if (!node.IsSequence() || node.size() == 0) {
        map.file().error(node, "wrong-type",
                         fmt::format("vocabularies '{}': expected a list of at least one word, "
                                     "found {}",
                                     key,
                                     node.IsSequence() ? "an empty list" : describe_node(node)));
        return;
    }
    std::vector<std::string> read;
    std::set<std::string> seen;
    for (const auto& item : node) {
        auto word = read_id(map.file(), item, fmt::format("vocabularies '{}'", key));
        if (!word) {
            return;
        }
        if (!seen.insert(word->id).second) {
            map.file().error(item, "duplicate-word",
                             fmt::format("vocabularies '{}': '{}' is listed twice; expected each "
                                         "word once",
                                         key, word->id));
            return;
        }
        read.push_back(word->id);
    }
    words = std::move(read);
}

} // namespace

void read_vocabularies(const YamlFile& file, const YamlNode& node, Vocabularies& vocabularies) {
    if (!vocabularies.where.file.empty()) {
        file.error(node, "duplicate-section",
                   fmt::format("'vocabularies' is also defined at {}:{}; expected it in one file "
                               "only",
                               vocabularies.where.file, vocabularies.where.line));
        return;
    }
    vocabularies.where = file.at(node);
    MapReader map(file, node, "vocabularies",
                  {"types", "kinds", "roles", "scopes", "unstated_kind"});
    if (!map.valid()) {
        return;
    }
    read_words(map, "types", vocabularies.types);
    read_words(map, "kinds", vocabularies.kinds);
    read_words(map, "roles", vocabularies.roles);
    read_words(map, "scopes", vocabularies.scopes);
    if (auto kind = map.choice("unstated_kind", false, vocabularies.kinds)) {
        vocabularies.unstated_kind = *kind;
    }
}

} // namespace ladder
