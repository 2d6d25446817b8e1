#include "load/roster_loader.hpp"

#include "load/source_tree.hpp"
#include "util/csv_reader.hpp"
#include "util/text.hpp"
#include "util/visible_text.hpp"
#include "yaml/map_reader.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace ladder {

namespace {

bool ends_with_csv(std::string_view path) {
    return path.size() >= 4 && to_lower(path.substr(path.size() - 4)) == ".csv";
}

// Builds a roster from cells of any format, and checks what both formats must respect: ids,
// one line per value, each id once.
class RosterBuilder {
public:
    RosterBuilder(std::string file, Diagnostics& diagnostics) : diagnostics_(diagnostics) {
        roster_.file = std::move(file);
    }

    Location at(int line, int column) const { return {roster_.file, line, column}; }

    bool column_name(const std::string& name, const Location& where) {
        if (!is_id(name)) {
            diagnostics_.error(where, "invalid-id",
                               fmt::format("roster column: expected a name of letters, digits, "
                                           "'-', '_', '.' (it becomes a label), found '{}'",
                                           visible_text(name)));
            return false;
        }
        return true;
    }

    bool value(const std::string& column, const std::string& text, const Location& where) {
        std::string found = first_control_character(text);
        if (!found.empty()) {
            diagnostics_.error(where, "control-character",
                               fmt::format("roster '{}': expected one line of plain text, found "
                                           "the control character {}",
                                           column, found));
            return false;
        }
        return true;
    }

    // Adds a person, unless their id is not an id or is already taken (exactly, or but for case).
    void add(RosterPerson person) {
        if (!is_id(person.id)) {
            diagnostics_.error(person.where, person.id.empty() ? "missing-key" : "invalid-id",
                               fmt::format("roster 'id': expected an id (letters, digits, '-', "
                                           "'_', '.'), found '{}'",
                                           visible_text(person.id)));
            return;
        }
        std::string lower = to_lower(person.id);
        auto [it, inserted] = first_of_.emplace(lower, person.where);
        if (!inserted) {
            const RosterPerson* same = find_added(person.id);
            diagnostics_.error(
                person.where, same ? "duplicate-id" : "id-case-mismatch",
                same ? fmt::format("roster: the id '{}' is already on line {}; expected each "
                                   "person once",
                                   person.id, it->second.line)
                     : fmt::format("roster: the id '{}' differs only in case from the one on "
                                   "line {}; ids are compared exactly, so expected one spelling",
                                   person.id, it->second.line));
            return;
        }
        roster_.people.push_back(std::move(person));
    }

    Roster finish(std::vector<std::string> columns, std::vector<Location> column_where) {
        roster_.columns = std::move(columns);
        roster_.column_where = std::move(column_where);
        std::sort(roster_.people.begin(), roster_.people.end(),
                  [](const RosterPerson& a, const RosterPerson& b) { return a.id < b.id; });
        return std::move(roster_);
    }

private:
    const RosterPerson* find_added(const std::string& id) const {
        auto it = std::find_if(roster_.people.begin(), roster_.people.end(),
                               [&](const RosterPerson& person) { return person.id == id; });
        return it == roster_.people.end() ? nullptr : &*it;
    }

    Diagnostics& diagnostics_;
    Roster roster_;
    std::map<std::string, Location> first_of_; // lower-case id -> where first given
};

// The header's columns, checked: names that are ids, each once, an `id` among them.
std::optional<std::vector<std::string>> read_header(const CsvRow& header, RosterBuilder& builder,
                                                    Diagnostics& diagnostics) {
    std::vector<std::string> columns;
    bool valid = true;
    for (const auto& cell : header.cells) {
        Location where = builder.at(cell.line, cell.column);
        if (!builder.column_name(cell.text, where)) {
            valid = false;
        } else if (std::find(columns.begin(), columns.end(), cell.text) != columns.end()) {
            diagnostics.error(where, "duplicate-column",
                              fmt::format("roster: the column '{}' is named twice; expected each "
                                          "column once",
                                          cell.text));
            valid = false;
        }
        columns.push_back(cell.text);
    }
    if (std::find(columns.begin(), columns.end(), "id") == columns.end()) {
        // Names are compared exactly (they become label keys), but "ID" is surely meant.
        auto spelled = std::find_if(columns.begin(), columns.end(), [](const std::string& column) {
            return to_lower(column) == "id";
        });
        std::string hint = spelled == columns.end()
                               ? did_you_mean("id", columns)
                               : fmt::format(" (rename '{}' to 'id': column names are compared "
                                             "exactly)",
                                             *spelled);
        diagnostics.error(builder.at(header.line, 1), "missing-column",
                          fmt::format("roster: expected a header row with an 'id' column, found "
                                      "{}{}",
                                      join(columns, ", "), hint));
        return std::nullopt;
    }
    if (!valid) {
        return std::nullopt;
    }
    return columns;
}

std::optional<Roster> load_csv_roster(const SourceText& source, Diagnostics& diagnostics) {
    RosterBuilder builder(source.path, diagnostics);
    CsvTable table = read_csv(source.text);
    for (const auto& problem : table.problems) {
        diagnostics.error(builder.at(problem.line, problem.column), "csv-syntax",
                          "roster: " + problem.message);
    }
    if (!table.problems.empty()) {
        return std::nullopt;
    }
    if (table.rows.empty()) {
        diagnostics.error(builder.at(1, 1), "missing-column",
                          "roster: expected a header row with an 'id' column, found an empty file");
        return std::nullopt;
    }
    auto columns = read_header(table.rows.front(), builder, diagnostics);
    if (!columns) {
        return std::nullopt;
    }
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        if (row.cells.size() != columns->size()) {
            diagnostics.error(builder.at(row.line, 1), "roster-row-width",
                              fmt::format("roster: expected {} cells as in the header, found {}",
                                          columns->size(), row.cells.size()));
            continue;
        }
        RosterPerson person;
        bool valid = true;
        for (std::size_t c = 0; c < columns->size(); ++c) {
            const CsvCell& cell = row.cells[c];
            const std::string& column = (*columns)[c];
            Location where = builder.at(cell.line, cell.column);
            if (!builder.value(column, cell.text, where)) {
                valid = false;
            } else if (column == "id") {
                person.id = cell.text;
                person.where = where;
            } else if (column == "name") {
                person.name = cell.text;
            } else if (!cell.text.empty()) {
                person.facts[column] = cell.text;
                person.fact_where[column] = where;
            }
        }
        if (valid) {
            builder.add(std::move(person));
        }
    }
    std::vector<Location> column_where;
    for (const auto& cell : table.rows.front().cells) {
        column_where.push_back(builder.at(cell.line, cell.column));
    }
    return builder.finish(std::move(*columns), std::move(column_where));
}

std::optional<Roster> load_yaml_roster(const SourceText& source, const InputLimits& limits,
                                       Diagnostics& diagnostics) {
    YamlFile file(source.path, diagnostics);
    auto root = parse_source(source, file, limits);
    if (!root) {
        return std::nullopt;
    }
    MapReader top(file, *root, "roster file", {"roster"});
    if (!top.valid() || !top.require("roster")) {
        return std::nullopt;
    }
    RosterBuilder builder(source.path, diagnostics);
    std::vector<std::string> columns = {"id"};
    std::vector<Location> column_where = {file.at(top.get("roster"))};
    top.for_each_item("roster", [&](const YamlNode& node) {
        if (!node.IsMap()) {
            file.error(node, "wrong-type",
                       "roster entry: expected a map of column to value, found " +
                           describe_node(node));
            return;
        }
        RosterPerson person;
        person.where = file.at(node);
        bool valid = true;
        for (const auto& entry : node) {
            auto key = read_id(file, entry.first, "roster entry");
            auto value = key ? read_text(file, entry.second, fmt::format("roster '{}'", key->id))
                             : std::nullopt;
            if (!key || !value || !builder.value(key->id, *value, file.at(entry.second))) {
                valid = false;
                continue;
            }
            if (std::find(columns.begin(), columns.end(), key->id) == columns.end()) {
                columns.push_back(key->id);
                column_where.push_back(key->where);
            }
            if (key->id == "id") {
                person.id = *value;
                person.where = file.at(entry.second);
            } else if (key->id == "name") {
                person.name = *value;
            } else if (!value->empty()) {
                person.facts[key->id] = *value;
                person.fact_where[key->id] = file.at(entry.second);
            }
        }
        if (valid) {
            builder.add(std::move(person));
        }
    });
    return builder.finish(std::move(columns), std::move(column_where));
}

} // namespace

std::optional<Roster> load_roster(const SourceText& source, const InputLimits& limits,
                                  Diagnostics& diagnostics) {
    return ends_with_csv(source.path) ? load_csv_roster(source, diagnostics)
                                      : load_yaml_roster(source, limits, diagnostics);
}

} // namespace ladder
