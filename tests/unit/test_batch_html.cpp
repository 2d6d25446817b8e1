#include "report/batch/batch_html.hpp"
#include "test_support.hpp"

using namespace ladder;
using namespace ladder::test;

namespace {

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
    row.progress = 50;
    row.missing = {"ic2-a", "ic2-b"};
    return row;
}

} // namespace

TEST_SUITE("report/batch_html") {

    TEST_CASE("a row escapes everything that came from a file") {
        std::string html = batch_html_row(hostile_row(), false);
        CHECK(html.find("<script>") == std::string::npos);
        CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;") !=
              std::string::npos);
        CHECK(html.find("people/&lt;b&gt;.yaml") != std::string::npos);
        CHECK(html.find("<td>ic2-a, ic2-b</td>") != std::string::npos);
        CHECK(html.rfind("<tr class=\"not_ready\">", 0) == 0);
    }

    TEST_CASE("--redact leaves the name out of the row and the header") {
        Framework framework =
            load_valid_framework(framework_with_rule("rating: {competency: delivery, min: 2}"));
        CHECK(batch_html_row(hostile_row(), true).find("alert") == std::string::npos);
        CHECK(batch_html_header(framework, true).find("<th>name</th>") == std::string::npos);
        CHECK(batch_html_header(framework, false).find("<th>name</th>") != std::string::npos);
    }

    TEST_CASE("header, rows and footer make one document with a chart of the groups") {
        Framework framework =
            load_valid_framework(framework_with_rule("rating: {competency: delivery, min: 2}"));
        BatchSummary summary;
        BatchRow ready = hostile_row();
        ready.status = BatchStatus::ready;
        summary.add(ready);
        summary.add(hostile_row());
        std::string page = batch_html_header(framework, false) + batch_html_row(ready, false) +
                           batch_html_footer(framework, summary);
        CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
        CHECK(page.find("</tbody>\n</table>") != std::string::npos);
        CHECK(page.find("1 of 2 ready") != std::string::npos);
        CHECK(page.find("<svg") != std::string::npos);
        CHECK(page.substr(page.size() - 8) == "</html>\n");
    }
}
