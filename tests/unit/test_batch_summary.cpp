#include "report/batch/batch_summary.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

BatchRow row_of(const std::string& team, BatchStatus status, int required_missing,
                double progress) {
    BatchRow row;
    row.track = "ic";
    row.level = "L1";
    row.status = status;
    row.required_missing = required_missing;
    row.progress = progress;
    row.labels["team"] = team;
    for (int i = 0; i < required_missing; ++i) {
        row.missing.push_back("c" + std::to_string(i + 1));
    }
    return row;
}

Framework framework() {
    return test::load_valid_framework(test::framework_with_rule("interest: {track: ic}"));
}

} // namespace

TEST_SUITE("report/batch_summary") {

    TEST_CASE("groups by a label count ready, within one, and the progress buckets") {
        BatchSummary summary({"team"});
        summary.add(row_of("a", BatchStatus::ready, 0, 1.0));
        summary.add(row_of("a", BatchStatus::not_ready, 1, 0.8));
        summary.add(row_of("a", BatchStatus::not_ready, 2, 0.1));
        SummaryView view = summary.view(framework(), 1);
        REQUIRE(view.shown.size() == 1);
        const BatchCounts& counts = view.shown.front().counts;
        CHECK(counts.ready == 1);
        CHECK(counts.not_ready == 2);
        CHECK(counts.within_one == 1);
        CHECK(counts.progress == std::array<int, progress_buckets>{1, 0, 0, 1, 1});
        CHECK(view.most_missing == std::vector<std::pair<std::string, int>>{{"c1", 2}, {"c2", 1}});
    }

    TEST_CASE("a pool under the minimum hides its counts, the totals, and what it misses") {
        BatchSummary summary({"team"});
        for (int i = 0; i < 3; ++i) {
            summary.add(row_of("big", BatchStatus::ready, 0, 1.0));
        }
        summary.add(row_of("tiny", BatchStatus::not_ready, 1, 0.5));
        SummaryView view = summary.view(framework(), 3);
        CHECK(view.pool_hidden);
        CHECK(view.totals_hidden);
        std::string csv = summary.render(framework(), Format::csv, 3);
        CHECK(csv.find("(other),1,,,,,,,,,,,\r\n") != std::string::npos);
        CHECK(csv.find("(all),4,,,,,,,,,,,\r\n") != std::string::npos);
        std::string text = summary.render(framework(), Format::text, 3);
        CHECK(text.find("tiny") == std::string::npos);
        // Every one shown is ready: a criterion counted as missing would be the tiny group's.
        CHECK(text.find("Most often missing") == std::string::npos);
        CHECK(summary.render(framework(), Format::html, 3).find("tiny") == std::string::npos);
    }
}
