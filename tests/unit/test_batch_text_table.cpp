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
        fit_table_to_width(table, before + 31);
        CHECK(table.show_best_fit);
        CHECK(table.missing_width == 30);
        std::string line = batch_table_row(
            row_with("E1", "Ana", {"a-long-criterion-id", "another-long-one", "third"}), table);
        CHECK(text_columns(line) - 1 <= before + 30); // the line break aside
    }

    TEST_CASE("a narrow width leaves columns out before it cuts the missing criteria") {
        for (std::size_t columns : {140, 120, 100, 80}) {
            CAPTURE(columns);
            BatchTable table = table_for_test();
            fit_table_to_width(table, columns);
            std::string header = batch_table_header(table);
            std::string line = batch_table_row(
                row_with("E1", "Ana", {"a-long-criterion-id", "another-long-one", "third"}), table);
            CHECK(text_columns(header) - 1 < columns);
            CHECK(text_columns(line) - 1 < columns);
            CHECK(table.missing_width >= 30);
            // id, target, status, met and what is missing stay in every width.
            for (std::string_view always : {"id", "target", "status", "met", "missing"}) {
                CHECK(header.find(always) != std::string::npos);
            }
        }
        BatchTable narrow = table_for_test();
        fit_table_to_width(narrow, 60);
        CHECK_FALSE(narrow.show_best_fit);
        CHECK_FALSE(narrow.show_placed);
        CHECK(narrow.name_width == 0);
        CHECK_FALSE(narrow.show_level);
        CHECK(batch_table_header(narrow).find("best fit") == std::string::npos);
    }

    TEST_CASE("a pseudonym is never cut, and a redacted table has no name column") {
        BatchTable table = table_for_test(true, true);
        CHECK(batch_table_header(table).find("name") == std::string::npos);
        std::string line = batch_table_row(row_with("p-0123456789abcdef", "", {}), table);
        CHECK(line.rfind("p-0123456789abcdef  L1", 0) == 0);
    }

    TEST_CASE("an error row shows its error whole after the status, wrapped under itself") {
        BatchTable table = table_for_test();
        fit_table_to_width(table, 80);
        BatchRow row = row_with("E1", "Ana", {});
        row.status = BatchStatus::error;
        row.error = "people/ana.yaml:3:1: error: something long that is not cut, though it "
                    "takes more than one line of the table [code]";
        std::string text = batch_table_row(row, table);
        CHECK(text.find("error         people/ana.yaml:3:1: error: something") !=
              std::string::npos);
        std::size_t start = column_of(text, "people/");
        std::size_t line_start = 0;
        std::string words;
        while (line_start < text.size()) {
            std::size_t end = text.find('\n', line_start);
            std::string line = text.substr(line_start, end - line_start);
            CHECK(text_columns(line) < 80);
            words += (words.empty() ? "" : " ") + line.substr(start);
            if (line_start > 0) {
                CHECK(line.substr(0, start) == std::string(start, ' '));
            }
            line_start = end + 1;
        }
        CHECK(words == row.error); // whole: every word, in order
    }
}
