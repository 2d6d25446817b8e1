#include "load/statements_loader.hpp"

#include "load/source_tree.hpp"
#include "yaml/map_reader.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

class StatementsFileLoader {
public:
    StatementsFileLoader(const YamlFile& file, Statements& statements)
        : file_(file), statements_(statements) {}

    void load(const YamlNode& root) {
        MapReader top(file_, root, "statements file", {"statements", "about"});
        if (!top.valid() || !top.require("statements")) {
            return;
        }
        MapReader header(file_, top.get("statements"), "statements", {"by", "date"});
        author_ = header.id("by", true).value_or(IdRef{});
        default_date_ = header.date("date", false);
        if (header.has("date")) {
            default_date_where_ = file_.at(header.get("date"));
        }
        if (!top.require("about")) {
            return;
        }
        YamlNode about = top.get("about");
        if (!about.IsMap()) {
            file_.error(about, "wrong-type",
                        "about: expected a map of person id to what is stated about them, "
                        "found " +
                            describe_node(about));
            return;
        }
        for (const auto& entry : about) {
            auto person = read_id(file_, entry.first, "about");
            if (person) {
                read_person(*person, entry.second);
            }
        }
    }

private:
    void read_person(const IdRef& person, const YamlNode& node) {
        std::string what = fmt::format("statements about '{}'", person.id);
        MapReader map(file_, node, what, {"ratings", "endorses", "approves"});
        if (!map.valid()) {
            return;
        }
        StatementsAbout about;
        about.author = author_;
        about.person = person;
        if (map.has("ratings")) {
            read_ratings(map.get("ratings"), what, about);
        }
        about.endorses = map.id_list("endorses");
        about.approves = map.id_list("approves");
        statements_.about.push_back(std::move(about));
    }

    void read_ratings(const YamlNode& node, const std::string& what, StatementsAbout& about) {
        if (!node.IsMap()) {
            file_.error(node, "wrong-type",
                        fmt::format("{} 'ratings': expected a map of competency to rating, "
                                    "found {}",
                                    what, describe_node(node)));
            return;
        }
        for (const auto& entry : node) {
            auto competency = read_id(file_, entry.first, what + " 'ratings'");
            if (!competency) {
                continue;
            }
            std::string rating_what = fmt::format("rating of '{}'", competency->id);
            StatedRating rating{*competency, 0, default_date_, default_date_where_};
            std::optional<long long> value;
            if (entry.second.IsMap()) {
                MapReader map(file_, entry.second, rating_what, {"rating", "date"});
                value = map.whole_number("rating", true, 0, 1000);
                if (map.has("date")) {
                    rating.date = map.date("date", false);
                    rating.date_where = file_.at(map.get("date"));
                }
            } else {
                value = read_whole_number(file_, entry.second, rating_what, 0, 1000);
            }
            if (value) {
                rating.value = static_cast<int>(*value);
                about.ratings.push_back(std::move(rating));
            }
        }
    }

    const YamlFile& file_;
    Statements& statements_;
    IdRef author_;
    std::optional<Date> default_date_;
    Location default_date_where_;
};

} // namespace

bool load_statements(const SourceText& source, const InputLimits& limits, Statements& statements,
                     Diagnostics& diagnostics) {
    Diagnostics found;
    YamlFile file(source.path, found);
    if (auto root = parse_source(source, file, limits)) {
        StatementsFileLoader(file, statements).load(*root);
    }
    statements.files.push_back(source.path);
    bool valid = !found.has_errors();
    diagnostics.append(found);
    return valid;
}

} // namespace ladder
