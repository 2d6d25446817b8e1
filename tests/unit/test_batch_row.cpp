#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_row.hpp"
#include "report/common/output_format.hpp"
#include "util/json_text.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

std::string built_then_printed(const BatchRow& row, const std::vector<std::string>& columns) {
    return json_text(with_output_format("ladder-batch-row", batch_row_record(row, columns)));
}

} // namespace

TEST_SUITE("report/batch_row") {

    TEST_CASE("a row written cell by cell is the record json_text prints") {
        std::vector<std::string> every = batch_column_names();
        every.push_back("label.team");
        every.push_back("label.absent");

        BatchRow ready;
        ready.status = BatchStatus::ready;
        ready.id = "E1";
        ready.name = "Zoë \"Z\" Example";
        ready.progress = 1.0;
        ready.missing = {};
        ready.waived = {"ic3-time-in-level"};
        ready.best_fit = "M1";
        ready.best_fit_progress = 0.6666;
        ready.labels["team"] = "payments";
        ready.trial_ends = "2027-01-01";
        ready.trial_days_left = 31;

        BatchRow not_ready = ready;
        not_ready.status = BatchStatus::not_ready;
        not_ready.progress = 0.269;
        not_ready.missing = {"a", "b\\c", "d\te"};

        BatchRow error;
        error.status = BatchStatus::error;
        error.file = "bad\xff.yaml";
        error.error = "bad.yaml:3:1: error: expected a map [type]";

        for (const BatchRow* row : {&ready, &not_ready, &error}) {
            CAPTURE(built_then_printed(*row, every));
            CHECK(batch_row_json_text(*row, every) == built_then_printed(*row, every));
        }
        // A column asked for twice is one key where it was first asked for.
        std::vector<std::string> twice = {"id", "status", "id"};
        CHECK(batch_row_json_text(not_ready, twice) == built_then_printed(not_ready, twice));
        CHECK(batch_row_json_text(not_ready, {}) == built_then_printed(not_ready, {}));
    }
}
