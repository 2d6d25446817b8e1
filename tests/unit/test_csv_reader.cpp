#include "util/csv_reader.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("util/csv_reader") {
    TEST_CASE("cells keep their text, line and column; quotes, doubled quotes and CRLF") {
        CsvTable table = read_csv("id,name\r\nE1,\"Doe, Jane\"\r\n\r\nE2,\"Say \"\"hi\"\"\"\n");
        REQUIRE(table.problems.empty());
        REQUIRE(table.rows.size() == 3); // the blank line is left out
        CHECK(table.rows[1].cells[1].text == "Doe, Jane");
        CHECK(table.rows[1].cells[1].line == 2);
        CHECK(table.rows[1].cells[1].column == 4);
        CHECK(table.rows[2].cells[1].text == "Say \"hi\"");
        CHECK(table.rows[2].line == 4);
    }

    TEST_CASE("a byte order mark is skipped and columns count characters") {
        CsvTable table = read_csv("\xEF\xBB\xBFid,n\xC3\xA4me,x\n");
        REQUIRE(table.problems.empty());
        CHECK(table.rows[0].cells[0].text == "id");
        CHECK(table.rows[0].cells[0].column == 1);
        CHECK(table.rows[0].cells[2].column == 9);
    }

    TEST_CASE("an empty last cell and a missing final line break") {
        CsvTable table = read_csv("a,b,\nc,d,e");
        REQUIRE(table.problems.empty());
        CHECK(table.rows[0].cells.size() == 3);
        CHECK(table.rows[0].cells[2].text.empty());
        CHECK(table.rows[1].cells[2].text == "e");
    }

    TEST_CASE("problems say where and what was expected") {
        SUBCASE("a quote left open") {
            CsvTable table = read_csv("id\n\"E1\nE2\n");
            REQUIRE(table.problems.size() == 1);
            CHECK(table.problems[0].line == 2);
            CHECK(table.problems[0].column == 1);
            CHECK(table.problems[0].message.find("never closed") != std::string::npos);
        }
        SUBCASE("a character after a closing quote") {
            CsvTable table = read_csv("\"E1\"x,2\n");
            REQUIRE(table.problems.size() == 1);
            CHECK(table.problems[0].column == 5);
            CHECK(table.problems[0].message ==
                  "expected a comma or the end of the row after a closing quote, found 'x'");
        }
        SUBCASE("a quote inside an unquoted cell") {
            CsvTable table = read_csv("ab\"c\n");
            REQUIRE(table.problems.size() == 1);
            CHECK(table.problems[0].column == 3);
        }
    }
}
