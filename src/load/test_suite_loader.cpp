#include "load/test_suite_loader.hpp"

#include "load/source_tree.hpp"
#include "util/text.hpp"
#include "yaml/map_reader.hpp"

#include <array>
#include <filesystem>
#include <fmt/format.h>
#include <set>

namespace ladder {

namespace {

constexpr std::array statuses = {Status::met, Status::partial, Status::not_met, Status::no_data,
                                 Status::waived};

std::vector<std::string> status_names() {
    std::vector<std::string> names;
    for (Status status : statuses) {
        names.emplace_back(to_string(status));
    }
    return names;
}

std::optional<Status> parse_status(std::string_view name) {
    for (Status status : statuses) {
        if (to_string(status) == name) {
            return status;
        }
    }
    return std::nullopt;
}

// Paths in a suite are relative to the suite file, so that `ladder test` works from anywhere.
std::string resolve(const std::string& suite_path, const std::string& relative) {
    std::filesystem::path path(relative);
    if (path.is_absolute()) {
        return path.lexically_normal().string();
    }
    auto base = std::filesystem::path(suite_path).parent_path();
    auto resolved = (base / path).lexically_normal();
    return resolved.empty() ? std::string(".") : resolved.string();
}

class SuiteReader {
public:
    explicit SuiteReader(const YamlFile& file) : file_(file) {}

    std::optional<TestSuite> read(const YamlNode& root) {
        MapReader top(file_, root, "test suite", {"criteria", "as_of", "cases"});
        if (!top.valid()) {
            return std::nullopt;
        }
        TestSuite suite;
        suite.path = file_.path();
        if (auto criteria = top.text("criteria", false)) {
            suite.criteria = resolve(file_.path(), *criteria);
        }
        default_as_of_ = top.date("as_of", false);
        if (top.require("cases") && top.get("cases").IsSequence() && top.get("cases").size() == 0) {
            file_.error(top.get("cases"), "empty-value",
                        "test suite 'cases': expected at least one case, found an empty list");
        }
        top.for_each_item("cases", [&](const YamlNode& node) {
            if (auto test = read_case(node)) {
                suite.cases.push_back(std::move(*test));
            }
        });
        return suite;
    }

private:
    std::optional<TestCase> read_case(const YamlNode& node) {
        std::string what = "test case";
        if (auto name = scalar_under(node, "name")) {
            what = fmt::format("test case '{}'", *name);
        }
        MapReader map(file_, node, what, {"name", "evidence", "target", "as_of", "expect"});
        if (!map.valid()) {
            return std::nullopt;
        }
        TestCase test;
        test.where = map.at();
        auto name = map.line("name", true);
        auto evidence = map.text("evidence", true);
        auto target = map.id("target", true);
        auto as_of = map.has("as_of") ? map.date("as_of", true) : default_as_of_;
        if (!map.has("as_of") && !default_as_of_) {
            file_.error(node, "missing-key",
                        fmt::format("{}: missing required key 'as_of' (or set 'as_of' at the top "
                                    "of the file); a test needs a fixed evaluation date",
                                    what));
        }
        bool expectations = map.require("expect") && read_expect(map, what, test);
        if (!name || !evidence || !target || !as_of || !expectations || !unique_name(map, *name)) {
            return std::nullopt;
        }
        test.name = *name;
        test.evidence = resolve(file_.path(), *evidence);
        test.evidence_where = file_.at(map.get("evidence"));
        test.target = target->id;
        test.target_where = target->where;
        test.as_of = *as_of;
        return test;
    }

    bool unique_name(const MapReader& map, const std::string& name) {
        if (names_.insert(name).second) {
            return true;
        }
        file_.error(map.get("name"), "duplicate-id",
                    fmt::format("test case name '{}' is used twice; expected unique names", name));
        return false;
    }

    bool read_expect(const MapReader& parent, const std::string& what, TestCase& test) {
        MapReader expect(file_, parent.get("expect"), what + " 'expect'", {"ready", "criteria"});
        if (!expect.valid()) {
            return false;
        }
        if (!expect.has("ready") && !expect.has("criteria")) {
            file_.error(expect.node(), "missing-key",
                        fmt::format("{} 'expect': expected 'ready', 'criteria' or both, found "
                                    "neither",
                                    what));
            return false;
        }
        test.ready = expect.boolean("ready");
        if (expect.has("ready")) {
            test.ready_where = file_.at(expect.get("ready"));
        }
        bool ready_ok = !expect.has("ready") || test.ready.has_value();
        bool criteria_ok = !expect.has("criteria") || read_statuses(expect.get("criteria"), test);
        return ready_ok && criteria_ok;
    }

    bool read_statuses(const YamlNode& node, TestCase& test) {
        if (!node.IsMap()) {
            file_.error(node, "wrong-type",
                        fmt::format("expect 'criteria': expected a map of criterion id to "
                                    "status, found {}",
                                    describe_node(node)));
            return false;
        }
        bool ok = true;
        for (const auto& entry : node) {
            auto id = read_id(file_, entry.first, "expect 'criteria'");
            auto name = read_choice(file_, entry.second,
                                    fmt::format("expected status of '{}'", id ? id->id : "?"),
                                    "unknown-status", status_names());
            auto status = name ? parse_status(*name) : std::nullopt;
            if (!id || !status) {
                ok = false;
                continue;
            }
            test.criteria.push_back({id->id, *status, id->where});
        }
        return ok;
    }

    const YamlFile& file_;
    std::optional<Date> default_as_of_;
    std::set<std::string> names_;
};

} // namespace

std::optional<TestSuite> load_test_suite(const SourceText& source, const InputLimits& limits,
                                         Diagnostics& diagnostics) {
    YamlFile file(source.path, diagnostics);
    auto root = parse_source(source, file, limits);
    if (!root) {
        return std::nullopt;
    }
    return SuiteReader(file).read(*root);
}

} // namespace ladder
