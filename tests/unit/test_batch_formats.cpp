#include "report/batch/batch_row.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;

TEST_SUITE("report/batch_formats") {

    TEST_CASE("csv_cell neutralises a formula at the start of a cell") {
        CHECK(csv_cell("=1+2") == "'=1+2");
        CHECK(csv_cell("+1") == "'+1");
        CHECK(csv_cell("-1") == "'-1");
        CHECK(csv_cell("@SUM(A1)") == "'@SUM(A1)");
        SUBCASE("after leading spaces, tabs, newlines and double quotes") {
            CHECK(csv_cell("  =1") == "'  =1");
            CHECK(csv_cell("\t=1") == "' =1");
            CHECK(csv_cell("\n=1") == "' =1");
            CHECK(csv_cell("\"=1\"") == "\"'\"\"=1\"\"\"");
        }
        SUBCASE("the fullwidth equals, plus, minus and at signs") {
            CHECK(csv_cell("\uFF1D1+2") == "'\uFF1D1+2");
            CHECK(csv_cell("\uFF0B1") == "'\uFF0B1");
            CHECK(csv_cell("\uFF0D1") == "'\uFF0D1");
            CHECK(csv_cell("\uFF20x") == "'\uFF20x");
        }
        SUBCASE("text that is no formula is unchanged") {
            CHECK(csv_cell("Alice Example") == "Alice Example");
            CHECK(csv_cell("a=b") == "a=b");
            CHECK(csv_cell("") == "");
        }
    }

    TEST_CASE("csv_cell removes control bytes and keeps a row on one line") {
        CHECK(csv_cell(std::string("a\x1b[31mb\x07\x00"
                                   "c\x7f",
                                   11)) == "a[31mbc");
        CHECK(csv_cell("line one\r\nline two") == "line one  line two");
        CHECK(csv_cell("a,b") == "\"a,b\"");
    }
}
