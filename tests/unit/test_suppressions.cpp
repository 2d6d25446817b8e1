#include "commands/suppressions.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("commands/suppressions") {

    TEST_CASE("a disable comment names one code or several, up to the first space") {
        CHECK(codes_disabled_on_line("guidance: '' # ladder: disable=no-guidance") ==
              std::set<std::string>{"no-guidance"});
        CHECK(codes_disabled_on_line("x: 1  # ladder: disable=no-guidance,expectation-drops why") ==
              std::set<std::string>{"expectation-drops", "no-guidance"});
        CHECK(codes_disabled_on_line("x: 1  # ladder: disable=").empty());
        CHECK(codes_disabled_on_line("x: 1  # ladder disable=no-guidance").empty());
        CHECK(codes_disabled_on_line("x: 1").empty());
    }

    TEST_CASE("diagnostics are dropped by --disable code or by a comment on their own line") {
        std::vector<SourceText> sources = {
            {"c.yaml", "a: 1 # ladder: disable=no-guidance\nb: 2\nc: 3 # ladder: disable=other\n"}};
        Diagnostics all;
        all.warning({"c.yaml", 1, 4}, "no-guidance", "switched off on its line");
        all.warning({"c.yaml", 2, 4}, "no-guidance", "kept: no comment on line 2");
        all.error({"c.yaml", 3, 4}, "unknown-key", "kept: the comment names another code");
        all.error({"c.yaml", 2, 1}, "band-not-rising", "switched off by --disable");
        auto kept = test::lines(without_disabled(all, {"band-not-rising"}, sources));
        CHECK(kept == std::vector<std::string>{
                          "c.yaml:2:4: warning: kept: no comment on line 2 [no-guidance]",
                          "c.yaml:3:4: error: kept: the comment names another code [unknown-key]"});
    }

    TEST_CASE("problems that stop a file from being read cannot be switched off") {
        std::vector<SourceText> sources = {{"c.yaml", "a: [ # ladder: disable=yaml-syntax\n"}};
        Diagnostics all;
        all.error({"c.yaml", 1, 4}, "yaml-syntax", "not YAML");
        all.error({"gone.yaml", 0, 0}, "unreadable-file", "no such file");
        all.error({"c.yaml", 0, 0}, "empty-file", "empty");
        auto kept =
            without_disabled(all, {"unreadable-file", "empty-file", "yaml-syntax"}, sources);
        CHECK(kept.items().size() == 3);
    }

} // TEST_SUITE
