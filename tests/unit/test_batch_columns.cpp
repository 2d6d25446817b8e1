#include "report/batch/batch_columns.hpp"
#include "test_support.hpp"
#include "util/json_text.hpp"

#include <doctest/doctest.h>

using namespace ladder;

TEST_SUITE("report/batch_columns") {

    TEST_CASE("the default columns end with the framework's labels, then the error") {
        Framework framework =
            test::load_valid_framework(test::framework_with_rule("interest: {track: ic}") +
                                       "people:\n  labels: [team, location]\n");
        auto columns = default_batch_columns(framework);
        REQUIRE(columns.size() >= 4);
        CHECK(columns.front() == "as_of");
        CHECK(std::vector<std::string>(columns.end() - 3, columns.end()) ==
              std::vector<std::string>{"label.team", "label.location", "error"});
    }

    TEST_CASE("an unknown column is named with a suggestion, label columns are open") {
        CHECK(unknown_batch_column({"id", "label.anything", "status"}) == std::nullopt);
        auto problem = unknown_batch_column({"id", "staus"});
        REQUIRE(problem);
        CHECK(problem->rfind("unknown column 'staus' (did you mean 'status'?); expected as_of, ",
                             0) == 0);
        CHECK(unknown_batch_column({"label."}).has_value());
    }

    TEST_CASE("headers are for people, a label's is its key") {
        CHECK(batch_column_header("months_in_level") == "Months in level");
        CHECK(batch_column_header("label.cost_centre") == "Cost centre");
    }

    TEST_CASE("a cell is null where it does not apply") {
        BatchRow row;
        row.status = BatchStatus::error;
        row.labels["team"] = "payments";
        CHECK(batch_cell(row, "progress").is_null());
        CHECK(batch_cell(row, "best_fit_interest").is_null());
        CHECK(batch_cell(row, "label.team") == "payments");
        CHECK(batch_cell(row, "label.location").is_null());
        row.status = BatchStatus::not_ready;
        row.required_missing = 1;
        row.missing = {"a", "b"};
        CHECK(batch_cell(row, "required_missing") == 1);
        CHECK(batch_cell(row, "missing") == nlohmann::ordered_json({"a", "b"}));
    }

    TEST_CASE("progress is a share in the machine formats and a whole percent for people") {
        BatchRow row;
        row.status = BatchStatus::not_ready;
        row.progress = 0.99649;
        row.best_fit = "M1";
        row.best_fit_progress = 0.5;
        CHECK(batch_cell(row, "progress").get<double>() == doctest::Approx(0.996));
        CHECK(batch_cell_words(row, "progress") == "99%"); // never "100%" before it is
        CHECK(batch_cell(row, "best_fit_progress").get<double>() == doctest::Approx(0.5));
        CHECK(batch_cell_words(row, "best_fit_progress") == "50%");
        CHECK(batch_cell_words(row, "best_fit") == "M1");
        row.best_fit.clear();
        CHECK(batch_cell_words(row, "best_fit_progress").is_null());
    }

    TEST_CASE("a cell's JSON text is json_text of the cell, lists included") {
        BatchRow row;
        row.status = BatchStatus::not_ready;
        row.missing = {"ic3-design-docs", "needs \"escaping\"", "caf\xc3\xa9"};
        row.waived = {};
        row.labels["team"] = "pay\tments";
        row.progress = 0.2694;
        for (const auto& name : batch_column_names()) {
            CAPTURE(name);
            std::string out;
            append_batch_cell_json(out, row, name);
            CHECK(out == json_text(batch_cell(row, name)));
        }
        std::string label;
        append_batch_cell_json(label, row, "label.team");
        CHECK(label == json_text(batch_cell(row, "label.team")));
        row.status = BatchStatus::error; // the lists do not apply: null, not []
        std::string missing;
        append_batch_cell_json(missing, row, "missing");
        CHECK(missing == "null");
    }
}
