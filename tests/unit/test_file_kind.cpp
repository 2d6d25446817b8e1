#include "load/file_kind.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

FileKind kind_of(std::string text) {
    return detect_file_kind({"f.yaml", std::move(text)}, InputLimits{}).kind;
}

std::vector<std::string> problems_of(std::string text) {
    return test::lines(detect_file_kind({"f.yaml", std::move(text)}, InputLimits{}).problems);
}

} // namespace

TEST_SUITE("load/file_kind") {

    TEST_CASE("each format is told by any one of its top-level keys") {
        CHECK(kind_of("framework: {id: a, name: A, version: '1'}\n") == FileKind::criteria);
        CHECK(kind_of("levels: []\n") == FileKind::criteria);
        CHECK(kind_of("transitions: []\n") == FileKind::criteria);
        CHECK(kind_of("person: {id: E1, name: A}\ntrack: ic\n") == FileKind::evidence);
        CHECK(kind_of("evidence: []\n") == FileKind::evidence);
        CHECK(kind_of("criteria: ../c\ncases: []\n") == FileKind::test_suite);
        CHECK(kind_of("openings:\n  - {level: IC4}\n") == FileKind::openings);
    }

    TEST_CASE("unknown keys beside one kind's keys leave the kind to its loader") {
        CHECK(kind_of("framework: {}\nlevles: []\n") == FileKind::criteria);
        CHECK(problems_of("framework: {}\nlevles: []\n").empty());
    }

    TEST_CASE("a file with no key of any kind is an error that says what was expected") {
        CHECK(kind_of("colour: blue\nsize: 3\n") == FileKind::unknown);
        CHECK(problems_of("colour: blue\nsize: 3\n") ==
              std::vector<std::string>{
                  "f.yaml:1:1: error: cannot tell what kind of file this is: expected the "
                  "top-level keys of a criteria file (framework, levels, ...), an evidence file "
                  "(person, ...), a test suite (cases), an openings file (openings), a statements "
                  "file (statements, about) or a roster (roster), found "
                  "only "
                  "'colour', 'size' [unknown-file-kind]"});
    }

    TEST_CASE("keys of two kinds in one file are an error naming both") {
        CHECK(kind_of("levels: []\nperson: {id: E1}\n") == FileKind::unknown);
        auto problems = problems_of("levels: []\nperson: {id: E1}\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().find("found keys of several kinds: 'levels' of a criteria file, "
                                    "'person' of an evidence file [unknown-file-kind]") !=
              std::string::npos);
    }

    TEST_CASE("a list or text at the top is of no kind") {
        CHECK(kind_of("- a\n- b\n") == FileKind::unknown);
        CHECK(problems_of("- a\n- b\n").front().ends_with("found a list [unknown-file-kind]"));
        CHECK(kind_of("just text\n") == FileKind::unknown);
    }

    TEST_CASE("a file that is not valid YAML keeps its parse problems for its loader") {
        auto detected = detect_file_kind({"f.yaml", "levels: [\n"}, InputLimits{});
        CHECK(detected.kind == FileKind::unparsable);
        CHECK(detected.problems.has_errors());
        CHECK(kind_of("") == FileKind::unparsable);
    }

    TEST_CASE("the shipped framework's files are all criteria files") {
        for (const auto& source : embedded_sources()) {
            CAPTURE(source.path);
            CHECK(detect_file_kind(source, InputLimits{}).kind == FileKind::criteria);
        }
    }

} // TEST_SUITE
