#include "load/openings_loader.hpp"

#include "load/source_tree.hpp"
#include "yaml/map_reader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace ladder {

namespace {

const std::vector<std::string> file_keys = {"title", "openings"};
const std::vector<std::string> opening_keys = {"id", "level", "count", "labels", "note"};

// The most people one opening may ask for: a typo (200 for 2) should not pass unnoticed.
constexpr long long max_count = 10000;

class OpeningsFileLoader {
public:
    explicit OpeningsFileLoader(const YamlFile& file) : file_(file) {}

    std::optional<OpeningsFile> load(const YamlNode& root) {
        MapReader top(file_, root, "openings file", file_keys);
        if (!top.valid()) {
            return std::nullopt;
        }
        OpeningsFile openings;
        openings.path = file_.path();
        openings.title = top.line("title", false).value_or("");
        if (!top.require("openings")) {
            return openings;
        }
        YamlNode list = top.get("openings");
        if (!list.IsSequence()) {
            file_.error(list, "wrong-type",
                        "openings: expected a list of openings, found " + describe_node(list));
            return openings;
        }
        top.for_each_item("openings", [&](const YamlNode& node) {
            if (auto opening = read_opening(node)) {
                openings.openings.push_back(std::move(*opening));
            }
        });
        return openings;
    }

private:
    std::optional<Opening> read_opening(const YamlNode& node) {
        std::string what = "opening";
        if (auto id = scalar_under(node, "id")) {
            what = fmt::format("opening '{}'", *id);
        }
        MapReader map(file_, node, what, opening_keys);
        if (!map.valid()) {
            return std::nullopt;
        }
        Opening opening;
        opening.where = map.at();
        auto id = map.id("id", true);
        auto level = map.id("level", true);
        opening.count =
            static_cast<int>(map.whole_number("count", false, 1, max_count).value_or(1));
        opening.note = map.text("note", false).value_or("");
        if (map.has("labels")) {
            opening.labels = read_labels(map.get("labels"), what);
        }
        if (!id || !level || !is_new(*id)) {
            return std::nullopt;
        }
        opening.id = *id;
        opening.level = *level;
        return opening;
    }

    // Two openings with one id: the second is reported at its id, naming where the first is.
    bool is_new(const IdRef& id) {
        auto [it, inserted] = first_of_id_.emplace(id.id, id.where);
        if (!inserted) {
            file_.diagnostics().error(id.where, "duplicate-opening",
                                      fmt::format("opening '{}' is also defined at line {}; "
                                                  "expected each opening id once",
                                                  id.id, it->second.line));
        }
        return inserted;
    }

    // `labels:` maps a label key (an id, as in evidence files) to the value a candidate must
    // carry.
    std::vector<OpeningLabel> read_labels(const YamlNode& node, const std::string& what) {
        std::vector<OpeningLabel> labels;
        if (!node.IsMap()) {
            file_.error(node, "wrong-type",
                        fmt::format("{} labels: expected a map of label to text, found {}", what,
                                    describe_node(node)));
            return labels;
        }
        for (const auto& entry : node) {
            auto key = read_id(file_, entry.first, what + " labels");
            if (!key) {
                continue;
            }
            std::string label = fmt::format("{} label '{}'", what, key->id);
            if (!entry.second.IsScalar()) {
                file_.error(
                    entry.second, "wrong-type",
                    fmt::format("{}: expected text, found {}", label, describe_node(entry.second)));
                continue;
            }
            if (is_single_line(file_, entry.second, label, entry.second.Scalar())) {
                labels.push_back({*key, entry.second.Scalar()});
            }
        }
        std::sort(labels.begin(), labels.end(),
                  [](const auto& a, const auto& b) { return a.key.id < b.key.id; });
        return labels;
    }

    const YamlFile& file_;
    std::map<std::string, Location> first_of_id_;
};

} // namespace

std::optional<OpeningsFile> load_openings(const SourceText& source, const InputLimits& limits,
                                          Diagnostics& diagnostics) {
    YamlFile file(source.path, diagnostics);
    auto root = parse_source(source, file, limits);
    if (!root) {
        return std::nullopt;
    }
    return OpeningsFileLoader(file).load(*root);
}

} // namespace ladder
