#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_html.hpp"
#include "test_support.hpp"

using namespace ladder;
using namespace ladder::test;

namespace {

std::vector<std::string> all_columns() {
    return batch_column_names();
}

BatchRow hostile_row() {
    BatchRow row;
    row.file = "people/<b>.yaml";
    row.status = BatchStatus::not_ready;
    row.id = "E1";
    row.name = "<script>alert(1)</script> & \"Co\"";
    row.track = "ic";
    row.level = "IC1";
    row.target = "IC2";
    row.met = 1;
    row.total = 2;
    row.progress = 0.5;
    row.missing = {"ic2-a", "ic2-b"};
    return row;
}

} // namespace

TEST_SUITE("report/batch_html") {

    TEST_CASE("a row escapes everything that came from a file") {
        std::string html = batch_html_row(hostile_row(), all_columns());
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;") !=
              std::string::npos);
        CHECK(html.find("people/&lt;b&gt;.yaml") != std::string::npos);
        CHECK(html.find("<td class=\"missing wrap\" data-label=\"Missing\"><span "
                        "class=\"item\">ic2-a</span>, <span "
                        "class=\"item\">ic2-b</span></td>") != std::string::npos);
        CHECK(html.rfind("<tr class=\"not_ready\">", 0) == 0);
    }

    TEST_CASE("the header shows readable names, the machine name as the title") {
        Framework framework =
            load_valid_framework(framework_with_rule("rating: {competency: delivery, min: 2}"));
        std::string header =
            batch_html_header(framework, date("2026-11-01"), {"months_in_level", "label.team"});
        CHECK(header.find("<th title=\"months_in_level\">Months in level</th>") !=
              std::string::npos);
        CHECK(header.find("<th title=\"label.team\">Team</th>") != std::string::npos);
    }

    TEST_CASE("ids and names keep to one line, the error and lists wrap between whole items") {
        std::string html = batch_html_row(hostile_row(), {"id", "name", "missing"});
        CHECK(html.find("<td class=\"id nowrap\" data-label=\"Id\">E1</td>") != std::string::npos);
        CHECK(html.find("<td class=\"name nowrap\" data-label=\"Name\">") != std::string::npos);
        CHECK(html.find("<td class=\"missing wrap\" data-label=\"Missing\"><span "
                        "class=\"item\">ic2-a</span>, <span "
                        "class=\"item\">ic2-b</span></td>") != std::string::npos);
    }

    TEST_CASE("header, rows and footer make one document with a chart of the groups") {
        Framework framework =
            load_valid_framework(framework_with_rule("rating: {competency: delivery, min: 2}"));
        BatchSummary summary;
        BatchRow ready = hostile_row();
        ready.status = BatchStatus::ready;
        summary.add(ready);
        summary.add(hostile_row());
        std::string page = batch_html_header(framework, date("2026-11-01"), all_columns()) +
                           batch_html_row(ready, all_columns()) +
                           batch_html_footer(framework, summary);
        CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(page.find("</tbody>\n</table>") != std::string::npos);
        CHECK(page.find("1 of 2 ready") != std::string::npos);
        CHECK(page.find("Evaluated on 2026-11-01") != std::string::npos);
        CHECK(page.find("<svg") != std::string::npos);
        CHECK(page.substr(page.size() - 8) == "</html>\n");
    }
}
