#include "report/batch/batch_summary.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

const Date as_of = *Date::from_ymd(2026, 11, 1);

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

BatchRow person(std::map<std::string, std::string> labels,
                BatchStatus status = BatchStatus::ready) {
    BatchRow row = row_of("", status, status == BatchStatus::ready ? 0 : 1,
                          status == BatchStatus::ready ? 1.0 : 0.5);
    row.labels = std::move(labels);
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
        CHECK(view.most_missing ==
              std::vector<ladder::MissingCriterion>{{"c1", 2, true}, {"c2", 1, true}});
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
        std::string csv = summary.render(framework(), as_of, Format::csv, 3, default_output_width);
        CHECK(csv.find("(other),1,,,,,,,,,,,,2026-11-01,") != std::string::npos);
        CHECK(csv.find("(all),4,,,,,,,,,,,,2026-11-01,") != std::string::npos);
        std::string text =
            summary.render(framework(), as_of, Format::text, 3, default_output_width);
        CHECK(text.find("tiny") == std::string::npos);
        // Every one shown is ready: a criterion counted as missing would be the tiny group's.
        CHECK(text.find("Most often missing") == std::string::npos);
        CHECK(summary.render(framework(), as_of, Format::html, 3, default_output_width)
                  .find("tiny") == std::string::npos);
    }

    TEST_CASE("a summary forwarded on its own says its date and framework, in every format") {
        BatchSummary summary({"team"});
        summary.add(row_of("a", BatchStatus::not_ready, 1, 0.5));
        const Framework shown = framework();
        auto render = [&](Format format) {
            return summary.render(shown, as_of, format, 1, default_output_width);
        };
        const std::string stamp = "As of 2026-11-01, against Test framework version 1.";
        CHECK(render(Format::csv).find(",2026-11-01,test,1\r\n") != std::string::npos);
        for (Format format : {Format::jsonl, Format::json}) {
            CHECK(render(format).find(R"("as_of":"2026-11-01","framework":"test",)"
                                      R"("framework_version":"1")") != std::string::npos);
        }
        for (Format format : {Format::markdown, Format::text, Format::html}) {
            CHECK(render(format).find(stamp) != std::string::npos);
        }
        // Most often missing: the criterion's title, and whether it is required.
        CHECK(render(Format::text)
                  .find("c1         required  1                  The criterion "
                        "under test") != std::string::npos);
    }

    TEST_CASE("a person held back in one grouping is held back in every grouping of the files") {
        // The README's attack: by location the one Remote person is pooled and hidden; by
        // department every group is big enough, and (all) less Berlin and Lisbon would be them.
        auto summary_of = [](const std::vector<std::string>& by, BatchStatus remote) {
            BatchSummary summary(by);
            for (int i = 0; i < 3; ++i) {
                summary.add(person({{"location", "Berlin"}, {"department", "eng"}}));
            }
            summary.add(person({{"location", "Lisbon"}, {"department", "product"}}));
            summary.add(person({{"location", "Lisbon"}, {"department", "product"}},
                               BatchStatus::not_ready));
            summary.add(person({{"location", "Remote"}, {"department", "eng"}}, remote));
            return summary;
        };
        for (const std::vector<std::string>& by :
             {std::vector<std::string>{"location"}, std::vector<std::string>{"department"},
              std::vector<std::string>{"track", "level"}}) {
            CAPTURE(by.front());
            SummaryView view = summary_of(by, BatchStatus::ready).view(framework(), 2);
            REQUIRE(view.pool);
            CHECK(view.pool->counts.people() == 1);
            CHECK(view.pool_hidden);
            CHECK(view.totals_hidden);
            int shown = 0;
            for (const auto& group : view.shown) {
                shown += group.counts.people();
            }
            CHECK(shown == 5);
            // Whatever the held-back person's verdict, no output of any grouping changes: no
            // count shown depends on it, so none can be combined to give it.
            for (Format format :
                 {Format::text, Format::csv, Format::json, Format::markdown, Format::html}) {
                CHECK(summary_of(by, BatchStatus::ready)
                          .render(framework(), as_of, format, 2, default_output_width) ==
                      summary_of(by, BatchStatus::not_ready)
                          .render(framework(), as_of, format, 2, default_output_width));
            }
        }
    }

    TEST_CASE("people held back can leave a group of another grouping small, until none do") {
        // p1 is alone in X; then p2 is alone in D among those shown; then p3 is alone in T.
        BatchSummary by_team({"team"});
        BatchSummary by_department({"department"});
        std::vector<std::map<std::string, std::string>> people = {
            {{"location", "X"}, {"department", "D"}, {"team", "U"}},
            {{"location", "Y"}, {"department", "D"}, {"team", "T"}},
            {{"location", "Y"}, {"department", "E"}, {"team", "T"}},
        };
        for (int i = 0; i < 4; ++i) {
            people.push_back({{"location", "Y"}, {"department", "E"}, {"team", "U"}});
        }
        for (const auto& labels : people) {
            by_team.add(person(labels));
            by_department.add(person(labels));
        }
        for (BatchSummary* summary : {&by_team, &by_department}) {
            SummaryView view = summary->view(framework(), 2);
            REQUIRE(view.shown.size() == 1);
            CHECK(view.shown.front().counts.people() == 4);
            REQUIRE(view.pool);
            CHECK(view.pool->counts.people() == 3);
            CHECK_FALSE(view.pool_hidden); // three together are enough to be shown
            CHECK_FALSE(view.totals_hidden);
        }
    }

    TEST_CASE("a summary groups on one field, or on track and level") {
        CHECK_FALSE(unsupported_summary_grouping({"team"}));
        CHECK_FALSE(unsupported_summary_grouping({"label.team"}));
        CHECK_FALSE(unsupported_summary_grouping({"placement"}));
        CHECK_FALSE(unsupported_summary_grouping({"level", "track"}));
        CHECK(unsupported_summary_grouping({"team", "location"}));
        CHECK(unsupported_summary_grouping({"track", "level", "team"}));
        CHECK(unsupported_summary_grouping({"id"}) ==
              "'id' is not a field to group people on; expected one of track, track_name, level, "
              "level_title, band, target, target_title, placement or a label key");
    }

    TEST_CASE("counts for a page of every person give the same groups and totals") {
        BatchSummary summary({"location"});
        BatchSummary page({"location"}, BatchSummary::Use::groups_only);
        for (int i = 0; i < 4; ++i) {
            auto row = person(
                {{"location", i < 3 ? "Berlin" : "Remote"}, {"team", "t" + std::to_string(i)}},
                i % 2 ? BatchStatus::ready : BatchStatus::not_ready);
            summary.add(row);
            page.add(row);
        }
        auto groups = page.groups();
        REQUIRE(groups.size() == 2);
        CHECK(groups[0].key == std::vector<std::string>{"Berlin"});
        CHECK(groups[0].counts.people() == 3);
        CHECK(groups[0].counts.ready == summary.groups()[0].counts.ready);
        CHECK(groups[1].key == std::vector<std::string>{"Remote"});
        CHECK(page.totals().people() == 4);
    }
}
