#pragma once
// Typed, checked access to one YAML map: unknown keys (with "did you mean"), missing required
// keys and wrong types all become diagnostics that say what was expected and what was found.
// A getter that fails returns nullopt after reporting, so loaders simply skip the field.

#include "util/date.hpp"
#include "util/id_ref.hpp"
#include "yaml/yaml_file.hpp"

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

class MapReader {
public:
    // Reports an error unless `node` is a map; `what` names it in messages ("criterion").
    MapReader(const YamlFile& file, const YamlNode& node, std::string what,
              std::vector<std::string> allowed_keys);

    bool valid() const { return valid_; }
    const YamlNode& node() const { return node_; }
    const YamlFile& file() const { return file_; }
    Location at() const { return file_.at(node_); }
    const std::string& what() const { return what_; }

    bool has(const std::string& key) const;
    YamlNode get(const std::string& key) const;
    // Reports a missing required key, unless an unknown key of the map was taken for it (the
    // misspelling is reported once, as the unknown key); returns whether it is present.
    bool require(const std::string& key) const;
    // Whether an unknown key of this map was taken for one of `keys` (and reported so): a
    // check that one of them is present then has nothing to add.
    bool misspelt_one_of(const std::vector<std::string>& keys) const;
    // The allowed keys present in this map, in file order.
    std::vector<std::string> present_keys(const std::vector<std::string>& among) const;

    std::optional<std::string> text(const std::string& key, bool required) const;
    // One line of text: a name, a title, a label. A line break, a control character or a
    // bidirectional override in it is an error ("control-character"): printed in a report, it
    // could forge a line, drive the terminal, or reorder what a reader sees.
    std::optional<std::string> line(const std::string& key, bool required) const;
    // Text that must be one of `choices`; an unknown value is reported as code
    // "unknown-KEY" with the allowed values and a "did you mean".
    std::optional<std::string> choice(const std::string& key, bool required,
                                      const std::vector<std::string>& choices) const;
    std::optional<long long> whole_number(const std::string& key, bool required, long long min,
                                          long long max) const;
    std::optional<double> number(const std::string& key, bool required, double min_exclusive,
                                 double max) const;
    std::optional<bool> boolean(const std::string& key) const;
    std::optional<Date> date(const std::string& key, bool required) const;
    std::optional<IdRef> id(const std::string& key, bool required) const;
    // A single id or a list of ids.
    std::vector<IdRef> id_list(const std::string& key) const;
    std::vector<std::string> text_list(const std::string& key) const;
    // Calls `visit` for each item of the list under `key` (absent or empty: no call).
    void for_each_item(const std::string& key,
                       const std::function<void(const YamlNode&)>& visit) const;

private:
    const YamlFile& file_;
    const YamlNode* find(const std::string& key) const;

    YamlNode node_;
    std::vector<std::pair<std::string, YamlNode>> entries_; // in file order
    std::string what_;
    bool valid_ = false;
    // Keys an unknown key of this map was taken for ("titel": "title"): not reported missing.
    std::set<std::string> misspelt_;
};

// Readers of a single node, shared by MapReader and the places that read keys of free maps.
// Whether `text` (read from `node`) is one line of plain text; reports it if not.
bool is_single_line(const YamlFile& file, const YamlNode& node, const std::string& what,
                    std::string_view text);

std::optional<std::string> read_text(const YamlFile& file, const YamlNode& node,
                                     const std::string& what);
// Text that must be one of a fixed list: every loader's vocabularies, statuses and kinds.
std::optional<std::string> read_choice(const YamlFile& file, const YamlNode& node,
                                       const std::string& what, const std::string& code,
                                       const std::vector<std::string>& choices);
std::optional<long long> read_whole_number(const YamlFile& file, const YamlNode& node,
                                           const std::string& what, long long min, long long max);
std::optional<Date> read_date(const YamlFile& file, const YamlNode& node, const std::string& what);
// Letters, digits, '-', '_', '.': what every id of every file is made of.
bool is_id(std::string_view text);
std::optional<IdRef> read_id(const YamlFile& file, const YamlNode& node, const std::string& what);

// The scalar under `key` if `node` is a map that has one, for naming a node in messages before
// it is read. Unlike node[key], never throws (a missing key gives yaml-cpp an invalid node).
std::optional<std::string> scalar_under(const YamlNode& node, std::string_view key);

} // namespace ladder
