#include "load/source_text.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("load/source_text") {

    TEST_CASE("source_line finds a line of a file among the sources") {
        std::vector<SourceText> sources = {{"a.yaml", "first\nsecond\nthird"},
                                           {"b.yaml", "only\n"}};
        CHECK(source_line(sources, "a.yaml", 1) == "first");
        CHECK(source_line(sources, "a.yaml", 2) == "second");
        CHECK(source_line(sources, "a.yaml", 3) == "third");
        CHECK(source_line(sources, "a.yaml", 4) == "");
        CHECK(source_line(sources, "a.yaml", 0) == "");
        CHECK(source_line(sources, "b.yaml", 1) == "only");
        CHECK(source_line(sources, "c.yaml", 1) == "");
    }

    TEST_CASE("SourceLines finds the same lines as source_line, from an index") {
        std::vector<SourceText> sources = {{"a.yaml", "first\nsecond\nthird"},
                                           {"b.yaml", "only\n"}};
        SourceLines lines(sources);
        for (const char* path : {"a.yaml", "b.yaml", "c.yaml"}) {
            for (int line = 0; line <= 5; ++line) {
                CAPTURE(path);
                CAPTURE(line);
                CHECK(lines.line(path, line) == source_line(sources, path, line));
            }
        }
        CHECK(lines.line("a.yaml", 3) == "third");
    }

    TEST_CASE("the embedded framework is the shipped criteria directory, in sorted order") {
        auto sources = embedded_sources();
        REQUIRE_FALSE(sources.empty());
        for (std::size_t i = 0; i < sources.size(); ++i) {
            CAPTURE(sources[i].path);
            CHECK(sources[i].path.starts_with("criteria/engineering/"));
            CHECK(sources[i].path.ends_with(".yaml"));
            CHECK_FALSE(sources[i].text.empty());
            if (i > 0) {
                CHECK(sources[i - 1].path < sources[i].path);
            }
        }
    }

} // TEST_SUITE
