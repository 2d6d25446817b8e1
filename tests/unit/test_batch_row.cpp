#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_row.hpp"
#include "report/common/output_format.hpp"
#include "test_support.hpp"
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

    TEST_CASE("the status is the target's verdict: steps away counts its first step, no route "
              "counts nothing") {
        // ic: L1 < L2 (one criterion); management: M1 (band 1, no move there) < M2; the only
        // move is L2 -> M2.
        Framework framework = test::load_valid_framework(test::framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: []}
  - id: L2
    track: ic
    title: Two
    band: 2
    summary: S
    criteria:
      - {id: c2, title: Ships, description: D, guidance: G, rating: {competency: delivery, min: 3}}
  - {id: M1, track: management, title: Lead, band: 1, summary: S, criteria: []}
  - {id: M2, track: management, title: Manager, band: 2, summary: S, criteria: []}
transitions:
  - {from: L2, to: M2, criteria: [{id: to-m2, title: Move, description: D, guidance: G, interest: {track: management}}]}
)");
        Person person = test::load_valid_person(test::person_head + "ratings: {delivery: 3}\n");
        Date as_of = test::date("2026-11-01");
        const std::vector<std::string> columns = {
            "target", "route", "status", "met", "total", "required_missing", "missing"};
        auto row_for = [&](const std::string& target) {
            return make_batch_row(evaluate_person(framework, person, as_of, target), "p.yaml");
        };
        BatchRow away = row_for("M2");
        CHECK(away.status == BatchStatus::steps_away);
        CHECK(batch_row_json_text(away, columns) ==
              R"({"format":{"name":"ladder-batch-row","version":1},"target":"M2",)"
              R"("route":["L1","L2","M2"],"status":"steps_away","met":1,"total":1,)"
              R"("required_missing":0,"missing":[]})");
        BatchRow none = row_for("M1");
        CHECK(none.status == BatchStatus::no_route);
        CHECK(batch_row_json_text(none, columns) ==
              R"({"format":{"name":"ladder-batch-row","version":1},"target":"M1",)"
              R"("route":null,"status":"no_route","met":null,"total":null,)"
              R"("required_missing":null,"missing":null})");
        BatchRow one_step = row_for("L2");
        CHECK(one_step.status == BatchStatus::ready);
        CHECK(batch_cell(one_step, "route").is_null());
    }
}
