#include "report/batch/batch_columns.hpp"
#include "test_support.hpp"

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
}
