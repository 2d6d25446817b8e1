#include "report/batch/batch_row.hpp"
#include "report/batch/batch_text_table.hpp"
#include "test_support.hpp"
#include "util/column_width.hpp"

using namespace ladder;
using namespace ladder::test;

namespace {

BatchRow row_with(std::string id, std::string name, std::vector<std::string> missing) {
    BatchRow row;
    row.status = BatchStatus::not_ready;
    row.id = std::move(id);
    row.name = std::move(name);
    row.level = "L1";
    row.target = "L2";
    row.met = 1;
    row.total = 2;
    row.required_missing = 1;
    row.missing = std::move(missing);
    return row;
}

BatchTable table_for_test(bool redacted = false, bool pseudonymised = false) {
    Framework framework =
        load_valid_framework(framework_with_rule("rating: {competency: delivery, min: 2}"));
    return batch_table_for(framework, redacted, pseudonymised, Style(false));
}

// Where a header word starts, in display columns.
std::size_t column_of(const std::string& line, std::string_view word) {
    return text_columns(line.substr(0, line.find(word)));
}

} // namespace

TEST_SUITE("report/batch/batch_text_table") {

    TEST_CASE("every row lines up under the header, however long its id and name") {
        BatchTable table = table_for_test();
        std::string header = batch_table_header(table);
        std::string short_row = batch_table_row(row_with("E1", "Ana", {"c1"}), table);
        std::string long_row = batch_table_row(
            row_with("E2001-contractor-berlin", "Maximiliane von Hohenzollern", {"c1"}), table);
        std::string wide_row =
            batch_table_row(row_with("E3", "山田太郎山田太郎山田太郎", {"c1"}), table);
        for (const auto& line : {short_row, long_row, wide_row}) {
            CHECK(column_of(line, "L1 ") == column_of(header, "level"));
            CHECK(column_of(line, "1/2") == column_of(header, "met"));
        }
        CHECK(long_row.find("E2001-contr… ") != std::string::npos);
        CHECK(long_row.find("Maximiliane von H…") != std::string::npos);
    }

    TEST_CASE("the missing criteria are whole ids and a count of the rest") {
        BatchTable table = table_for_test();
        table.missing_width = 20;
        std::string line =
            batch_table_row(row_with("E1", "Ana", {"first-one", "second-one", "third"}), table);
        CHECK(line.ends_with("  first-one +2\n"));
        table.missing_width = 6; // not even the first fits: cut, with the count
        line = batch_table_row(row_with("E1", "Ana", {"first-one", "second-one"}), table);
        CHECK(line.ends_with("  fi… +1\n"));
    }

    TEST_CASE("in the width asked for the missing criteria take what the other columns leave") {
        BatchTable table = table_for_test();
        std::string header = batch_table_header(table);
        std::size_t before = text_columns(header.substr(0, header.rfind("missing")));
        fit_table_to_width(table, before + 30);
        CHECK(table.missing_width == 29);
        std::string line = batch_table_row(
            row_with("E1", "Ana", {"a-long-criterion-id", "another-long-one", "third"}), table);
        CHECK(text_columns(line) - 1 <= before + 29); // the line break aside
        fit_table_to_width(table, 40); // narrower than the fixed columns: the list keeps 12
        CHECK(table.missing_width == 12);
    }

    TEST_CASE("a pseudonym is never cut, and a redacted table has no name column") {
        BatchTable table = table_for_test(true, true);
        CHECK(batch_table_header(table).find("name") == std::string::npos);
        std::string line = batch_table_row(row_with("p-0123456789abcdef", "", {}), table);
        CHECK(line.rfind("p-0123456789abcdef  L1", 0) == 0);
    }

    TEST_CASE("an error row shows its error whole after the status") {
        BatchTable table = table_for_test();
        BatchRow row = row_with("E1", "Ana", {});
        row.status = BatchStatus::error;
        row.error = "people/ana.yaml:3:1: error: something long that is not cut [code]";
        std::string line = batch_table_row(row, table);
        CHECK(line.find("error         " + row.error + "\n") != std::string::npos);
    }
}
