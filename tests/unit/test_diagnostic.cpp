#include "test_support.hpp"
#include "util/diagnostic.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;

TEST_SUITE("util/diagnostic") {

    TEST_CASE("sorted orders by file, line, column, then code") {
        Diagnostics diagnostics;
        diagnostics.error({"b.yaml", 1, 1}, "x", "in b");
        diagnostics.error({"a.yaml", 10, 2}, "x", "a line 10");
        diagnostics.warning({"a.yaml", 2, 9}, "z-code", "a line 2, column 9");
        diagnostics.error({"a.yaml", 2, 9}, "a-code", "a line 2, column 9, first by code");
        diagnostics.error({"a.yaml", 0, 0}, "whole", "the whole file");
        CHECK(lines(diagnostics) ==
              std::vector<std::string>{
                  "a.yaml:0:0: error: the whole file [whole]",
                  "a.yaml:2:9: error: a line 2, column 9, first by code [a-code]",
                  "a.yaml:2:9: warning: a line 2, column 9 [z-code]",
                  "a.yaml:10:2: error: a line 10 [x]",
                  "b.yaml:1:1: error: in b [x]",
              });
    }

    TEST_CASE("sorted reports the same problem once") {
        Diagnostics diagnostics;
        diagnostics.error({"a.yaml", 3, 4}, "unknown-level", "unknown level 'X'");
        diagnostics.error({"a.yaml", 3, 4}, "unknown-level", "unknown level 'X'");
        diagnostics.error({"a.yaml", 3, 4}, "unknown-level", "another message, kept");
        CHECK(diagnostics.sorted().size() == 2);
        CHECK(diagnostics.items().size() == 3);
    }

    TEST_CASE("errors and warnings are counted apart") {
        Diagnostics diagnostics;
        CHECK(diagnostics.empty());
        CHECK_FALSE(diagnostics.has_errors());
        diagnostics.warning({"a.yaml", 1, 1}, "no-guidance", "w");
        CHECK_FALSE(diagnostics.has_errors());
        CHECK(diagnostics.warning_count() == 1);
        diagnostics.error({"a.yaml", 1, 1}, "e", "e");
        Diagnostics more;
        more.error({"b.yaml", 1, 1}, "e", "e");
        diagnostics.append(more);
        CHECK(diagnostics.has_errors());
        CHECK(diagnostics.error_count() == 2);
        CHECK(diagnostics.warning_count() == 1);
    }

} // TEST_SUITE
