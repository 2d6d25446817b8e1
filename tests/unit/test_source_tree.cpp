#include "load/evidence_loader.hpp"
#include "load/file_kind.hpp"
#include "load/source_tree.hpp"
#include "test_support.hpp"
#include "yaml/parsed_yaml.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

// An evidence file with an empty value: its message must sit on the key's line, which needs the
// positions noted while parsing.
const std::string with_empty_title = test::person_head + R"(evidence:
  - id: a
    type: project
    kind: artifact
    title:
    date: 2026-01-10
)";

Lines load_lines(const SourceText& source) {
    Diagnostics diagnostics;
    load_person(source, InputLimits{}, diagnostics);
    return lines(diagnostics);
}

SourceText told_apart(const std::string& text) {
    SourceText source{"person.yaml", text};
    source.parsed = detect_file_kind(source, InputLimits{}).parsed;
    return source;
}

} // namespace

TEST_SUITE("load/source_tree") {

    TEST_CASE("a file whose kind was told is loaded with the same messages as a fresh parse") {
        Lines fresh = load_lines({"person.yaml", with_empty_title});
        REQUIRE_FALSE(fresh.empty());
        CHECK(fresh.front().starts_with("person.yaml:9:5: error:"));
        CHECK(load_lines(told_apart(with_empty_title)) == fresh);
    }

    TEST_CASE("the loader walks the tree it is handed, not a second parse of the text") {
        SourceText source{"person.yaml", "person: [not, closed\n"};
        source.parsed =
            parse_yaml_once(test::person_head + "evidence: []\n", "person.yaml", InputLimits{});
        CHECK(load_lines(source) == Lines{});
    }

    TEST_CASE("an unparsable file's problems are reported once, by its loader") {
        std::string broken = "person: [not, closed\n";
        Lines fresh = load_lines({"person.yaml", broken});
        REQUIRE(fresh.size() == 1);
        CHECK(load_lines(told_apart(broken)) == fresh);
    }
}
