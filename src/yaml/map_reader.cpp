#include "yaml/map_reader.hpp"

#include "util/invisible_characters.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fmt/format.h>
#include <iterator>
#include <limits>

namespace ladder {

bool is_id(std::string_view text) {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-' || c == '_' || c == '.';
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool is_single_line(const YamlFile& file, const YamlNode& node, const std::string& what,
                    std::string_view text) {
    std::string found = first_control_character(text);
    if (found.empty()) {
        return true;
    }
    file.error(node, "control-character",
               fmt::format("{}: expected one line of plain text, found the control character "
                           "{} (line breaks, control characters and bidirectional overrides "
                           "are only allowed in descriptions, guidance and justifications)",
                           what, found));
    return false;
}

std::optional<std::string> read_text(const YamlFile& file, const YamlNode& node,
                                     const std::string& what) {
    if (!node.IsScalar()) {
        file.error(node, "wrong-type",
                   fmt::format("{}: expected text, found {}", what, describe_node(node)));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<std::string> read_choice(const YamlFile& file, const YamlNode& node,
                                       const std::string& what, const std::string& code,
                                       const std::vector<std::string>& choices) {
    auto value = read_text(file, node, what);
    if (!value) {
        return std::nullopt;
    }
    if (std::find(choices.begin(), choices.end(), *value) == choices.end()) {
        file.error(node, code,
                   fmt::format("{}: expected one of {}, found '{}'{}", what, join(choices, ", "),
                               *value, did_you_mean(*value, choices)));
        return std::nullopt;
    }
    return value;
}

std::optional<long long> read_whole_number(const YamlFile& file, const YamlNode& node,
                                           const std::string& what, long long min, long long max) {
    auto expected = [&] {
        if (max == std::numeric_limits<long long>::max()) {
            return fmt::format("a whole number of at least {}", min);
        }
        return fmt::format("a whole number from {} to {}", min, max);
    };
    if (!node.IsScalar()) {
        file.error(node, "wrong-type",
                   fmt::format("{}: expected {}, found {}", what, expected(), describe_node(node)));
        return std::nullopt;
    }
    const std::string& text = node.Scalar();
    long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc::result_out_of_range) {
        file.error(
            node, "out-of-range",
            fmt::format("{}: expected {}, found '{}', which is too large", what, expected(), text));
        return std::nullopt;
    }
    if (error != std::errc() || end != text.data() + text.size()) {
        file.error(node, "wrong-type",
                   fmt::format("{}: expected {}, found {}", what, expected(), describe_node(node)));
        return std::nullopt;
    }
    if (value < min || value > max) {
        file.error(node, "out-of-range",
                   fmt::format("{}: expected {}, found {}", what, expected(), value));
        return std::nullopt;
    }
    return value;
}

std::optional<Date> read_date(const YamlFile& file, const YamlNode& node, const std::string& what) {
    if (!node.IsScalar()) {
        file.error(
            node, "wrong-type",
            fmt::format("{}: expected a date YYYY-MM-DD, found {}", what, describe_node(node)));
        return std::nullopt;
    }
    auto date = Date::parse(node.Scalar());
    if (!date) {
        file.error(node, "invalid-date",
                   fmt::format("{}: expected a calendar date YYYY-MM-DD, found '{}'", what,
                               node.Scalar()));
    }
    return date;
}

std::optional<IdRef> read_id(const YamlFile& file, const YamlNode& node, const std::string& what) {
    if (!node.IsScalar() || !is_id(node.Scalar())) {
        file.error(node, node.IsScalar() ? "invalid-id" : "wrong-type",
                   fmt::format("{}: expected an id (letters, digits, '-', '_', '.'), found {}",
                               what, describe_node(node)));
        return std::nullopt;
    }
    return IdRef{node.Scalar(), file.at(node)};
}

MapReader::MapReader(const YamlFile& file, const YamlNode& node, std::string what,
                     std::vector<std::string> allowed_keys)
    : file_(file), node_(node), what_(std::move(what)) {
    if (!node.IsMap()) {
        file.error(node, "wrong-type",
                   fmt::format("{}: expected a map, found {}", what_, describe_node(node)));
        return;
    }
    valid_ = true;
    auto is_allowed = [&](const std::string& key) {
        return std::find(allowed_keys.begin(), allowed_keys.end(), key) != allowed_keys.end();
    };
    bool any_unknown = false;
    for (const auto& entry : node) {
        entries_.emplace_back(entry.first.Scalar(), entry.second);
        any_unknown = any_unknown || !is_allowed(entries_.back().first);
    }
    if (!any_unknown) {
        return; // the common case, kept cheap: thousands of maps in a batch
    }
    // A misspelt key is one mistake: the unknown key says which key it was meant to be, and
    // that key, if required, is not reported missing as well. Keys already present are no
    // suggestion; invisible characters are left out of the comparison and named in the message.
    std::vector<std::string> absent;
    std::copy_if(allowed_keys.begin(), allowed_keys.end(), std::back_inserter(absent),
                 [&](const std::string& key) { return find(key) == nullptr; });
    for (const auto& entry : node) {
        const std::string& key = entry.first.Scalar();
        if (is_allowed(key)) {
            continue;
        }
        std::string meant = without_invisible_characters(key);
        auto suggestion = closest_match(meant, absent);
        if (suggestion) {
            misspelt_.insert(*suggestion);
        } else {
            suggestion = closest_match(meant, allowed_keys);
        }
        file.error(entry.first, "unknown-key",
                   fmt::format("{}: unknown key '{}'{}{}", what_,
                               with_invisible_characters_escaped(key),
                               invisible_characters_note(key),
                               suggestion ? fmt::format(" (did you mean '{}'?)", *suggestion)
                                          : std::string()));
    }
}

// Lookups use the entries read once in the constructor: yaml-cpp's own lookup converts every
// key of the map to a string on each call, and its non-const form may even add the key.
// The first entry wins, as in yaml-cpp (a duplicate key is an error reported elsewhere).
const YamlNode* MapReader::find(const std::string& key) const {
    for (const auto& [name, value] : entries_) {
        if (name == key) {
            return &value;
        }
    }
    return nullptr;
}

bool MapReader::has(const std::string& key) const {
    return find(key) != nullptr;
}

YamlNode MapReader::get(const std::string& key) const {
    const YamlNode* value = find(key);
    return value ? *value : YamlNode();
}

bool MapReader::require(const std::string& key) const {
    if (!valid_) {
        return false;
    }
    if (!has(key)) {
        if (!misspelt_.contains(key)) {
            file_.error(node_, "missing-key",
                        fmt::format("{}: missing required key '{}'", what_, key));
        }
        return false;
    }
    return true;
}

bool MapReader::misspelt_one_of(const std::vector<std::string>& keys) const {
    return std::any_of(keys.begin(), keys.end(),
                       [&](const std::string& key) { return misspelt_.contains(key); });
}

std::vector<std::string> MapReader::present_keys(const std::vector<std::string>& among) const {
    std::vector<std::string> keys;
    if (!valid_) {
        return keys;
    }
    for (const auto& entry : node_) {
        const std::string& key = entry.first.Scalar();
        if (std::find(among.begin(), among.end(), key) != among.end()) {
            keys.push_back(key);
        }
    }
    return keys;
}

std::optional<std::string> MapReader::text(const std::string& key, bool required) const {
    if (required ? !require(key) : !has(key)) {
        return std::nullopt;
    }
    auto value = read_text(file_, get(key), fmt::format("{} '{}'", what_, key));
    if (value && required && value->empty()) {
        file_.error(get(key), "empty-value",
                    fmt::format("{}: '{}' is empty; expected text", what_, key));
    }
    return value;
}

std::optional<std::string> MapReader::line(const std::string& key, bool required) const {
    auto value = text(key, required);
    if (value && !is_single_line(file_, get(key), fmt::format("{} '{}'", what_, key), *value)) {
        return std::string();
    }
    return value;
}

std::optional<std::string> MapReader::choice(const std::string& key, bool required,
                                             const std::vector<std::string>& choices) const {
    if (required ? !require(key) : !has(key)) {
        return std::nullopt;
    }
    return read_choice(file_, get(key), fmt::format("{} '{}'", what_, key),
                       fmt::format("unknown-{}", key), choices);
}

std::optional<long long> MapReader::whole_number(const std::string& key, bool required,
                                                 long long min, long long max) const {
    if (required ? !require(key) : !has(key)) {
        return std::nullopt;
    }
    return read_whole_number(file_, get(key), fmt::format("{} '{}'", what_, key), min, max);
}

std::optional<double> MapReader::number(const std::string& key, bool required, double min_exclusive,
                                        double max) const {
    if (required ? !require(key) : !has(key)) {
        return std::nullopt;
    }
    YamlNode value = get(key);
    auto expected = fmt::format("a number greater than {} and at most {}",
                                format_number(min_exclusive), format_number(max));
    double parsed = 0;
    bool ok = false;
    if (value.IsScalar()) {
        const std::string& text = value.Scalar();
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
        ok = error == std::errc() && end == text.data() + text.size() && std::isfinite(parsed);
    }
    if (!ok || parsed <= min_exclusive || parsed > max) {
        file_.error(value, ok ? "out-of-range" : "wrong-type",
                    fmt::format("{} '{}': expected {}, found {}", what_, key, expected,
                                describe_node(value)));
        return std::nullopt;
    }
    return parsed;
}

std::optional<bool> MapReader::boolean(const std::string& key) const {
    if (!has(key)) {
        return std::nullopt;
    }
    YamlNode value = get(key);
    if (value.IsScalar() && (value.Scalar() == "true" || value.Scalar() == "false")) {
        return value.Scalar() == "true";
    }
    // yaml-cpp would also take yes/no/on/off; ladder asks for the unambiguous spelling.
    file_.error(
        value, "wrong-type",
        fmt::format("{} '{}': expected true or false, found {}", what_, key, describe_node(value)));
    return std::nullopt;
}

std::optional<Date> MapReader::date(const std::string& key, bool required) const {
    if (required ? !require(key) : !has(key)) {
        return std::nullopt;
    }
    return read_date(file_, get(key), fmt::format("{} '{}'", what_, key));
}

std::optional<IdRef> MapReader::id(const std::string& key, bool required) const {
    if (required ? !require(key) : !has(key)) {
        return std::nullopt;
    }
    return read_id(file_, get(key), fmt::format("{} '{}'", what_, key));
}

std::vector<IdRef> MapReader::id_list(const std::string& key) const {
    std::vector<IdRef> ids;
    if (!has(key)) {
        return ids;
    }
    YamlNode value = get(key);
    std::string what = fmt::format("{} '{}'", what_, key);
    if (value.IsScalar()) {
        if (auto id = read_id(file_, value, what)) {
            ids.push_back(*id);
        }
    } else if (value.IsSequence()) {
        for (const auto& item : value) {
            if (auto id = read_id(file_, item, what)) {
                ids.push_back(*id);
            }
        }
    } else if (!value.IsNull()) {
        file_.error(value, "wrong-type",
                    fmt::format("{}: expected an id or a list of ids, found {}", what,
                                describe_node(value)));
    }
    return ids;
}

std::vector<std::string> MapReader::text_list(const std::string& key) const {
    std::vector<std::string> items;
    if (!has(key)) {
        return items;
    }
    YamlNode value = get(key);
    std::string what = fmt::format("{} '{}'", what_, key);
    // Items of a list (tags, links, names) are one line each.
    if (value.IsScalar()) {
        if (is_single_line(file_, value, what, value.Scalar())) {
            items.push_back(value.Scalar());
        }
    } else if (value.IsSequence()) {
        for (const auto& item : value) {
            auto text = read_text(file_, item, what);
            if (text && is_single_line(file_, item, what, *text)) {
                items.push_back(*text);
            }
        }
    } else if (!value.IsNull()) {
        file_.error(
            value, "wrong-type",
            fmt::format("{}: expected text or a list, found {}", what, describe_node(value)));
    }
    return items;
}

void MapReader::for_each_item(const std::string& key,
                              const std::function<void(const YamlNode&)>& visit) const {
    if (!has(key) || get(key).IsNull()) {
        return;
    }
    YamlNode list = get(key);
    if (!list.IsSequence()) {
        file_.error(
            list, "wrong-type",
            fmt::format("{} '{}': expected a list, found {}", what_, key, describe_node(list)));
        return;
    }
    for (const auto& item : list) {
        visit(item);
    }
}

std::optional<std::string> scalar_under(const YamlNode& node, std::string_view key) {
    if (!node.IsMap()) {
        return std::nullopt;
    }
    for (const auto& entry : node) {
        if (entry.first.IsScalar() && entry.first.Scalar() == key && entry.second.IsScalar()) {
            return entry.second.Scalar();
        }
    }
    return std::nullopt;
}

} // namespace ladder
