#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::evaluate_rule;

namespace {

const std::string all_of = R"(all_of:
          - rating: {competency: delivery, min: 3}
          - completed: {programme: manager-foundations})";

const std::string any_of = R"(any_of:
          - rating: {competency: delivery, min: 3}
          - interest: {track: management})";

const std::string at_least = R"(at_least:
          count: 2
          of:
            - rating: {competency: delivery, min: 3}
            - completed: {programme: manager-foundations}
            - interest: {track: management})";

const std::string rating_short = "1 more rating point in Delivery (from 2 to 3)";
const std::string not_completed = "complete the Manager foundations programme";
const std::string no_interest = "a declared interest in the People management track (add "
                                "management to 'interests' if you want it)";

std::vector<Status> statuses(const Outcome& outcome) {
    std::vector<Status> result;
    for (const auto& part : outcome.parts) {
        result.push_back(part.status);
    }
    return result;
}

} // namespace

TEST_SUITE("rules/combinator_rules") {

    TEST_CASE("all_of: met when every option is met") {
        Outcome outcome = evaluate_rule(
            all_of, "ratings: {delivery: 3}\ncompleted: [manager-foundations]\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        // Each option named with its mark, then what was found for it.
        CHECK(outcome.reason ==
              "2 of 2 options met (2 needed): ✓ a rating of at least 3 "
              "(Proficient) in Delivery — rated 3 (Proficient) in Delivery (unattributed); ✓ "
              "completed the Manager foundations programme — completed Manager "
              "foundations");
        CHECK(outcome.missing == "");
        CHECK(outcome.progress == doctest::Approx(1.0));
        CHECK(statuses(outcome) == std::vector<Status>{Status::met, Status::met});
    }

    TEST_CASE("all_of: partial when some options are met") {
        Outcome outcome = evaluate_rule(all_of, "ratings: {delivery: 3}\n", "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.missing == not_completed);
        CHECK(outcome.progress == doctest::Approx(0.5));
    }

    TEST_CASE("all_of: not met when no option is met, with every gap") {
        Outcome outcome = evaluate_rule(all_of, "ratings: {delivery: 2}\n", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.reason ==
              "0 of 2 options met (2 needed): ✗ a rating of at least 3 (Proficient) in Delivery — "
              "rated 2 (Developing) in Delivery (unattributed); at least 3 (Proficient) is needed; "
              "✗ completed the "
              "Manager foundations programme — Manager foundations not completed");
        CHECK(outcome.missing == rating_short + "; and " + not_completed);
        CHECK(outcome.progress == doctest::Approx(0.0));
    }

    TEST_CASE("all_of: no_data when every option still open lacks data") {
        Outcome outcome = evaluate_rule(all_of, "completed: [manager-foundations]\n", "2026-11-01");
        CHECK(outcome.status == Status::no_data);
        CHECK(outcome.missing == "a rating in Delivery (at least 3 (Proficient))");
    }

    TEST_CASE("all_of: not met when one open option lacks data and another is not met") {
        Outcome outcome = evaluate_rule(all_of, "", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(statuses(outcome) == std::vector<Status>{Status::no_data, Status::not_met});
    }

    TEST_CASE("any_of: met when one option is met") {
        Outcome outcome = evaluate_rule(any_of, "interests: [management]\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.reason ==
              "1 of 2 options met (1 needed): ✗ a rating of at least 3 (Proficient) in Delivery "
              "— no rating in Delivery; ✓ a declared interest in the People management track — "
              "declared interest in the People management track");
        CHECK(outcome.missing == "");
    }

    TEST_CASE("any_of: not met offers each option as a way") {
        Outcome outcome = evaluate_rule(any_of, "ratings: {delivery: 2}\n", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.missing == "one of: " + rating_short + "; or " + no_interest);
        CHECK(outcome.progress == doctest::Approx(2.0 / 3.0)); // the best option's progress
    }

    TEST_CASE("any_of: no_data only when every option lacks data") {
        Outcome outcome = evaluate_rule(R"(any_of:
          - rating: {competency: delivery, min: 3}
          - rating: {competency: influence, min: 3})",
                                        "", "2026-11-01");
        CHECK(outcome.status == Status::no_data);
    }

    TEST_CASE("at_least: met with exactly the count") {
        Outcome outcome = evaluate_rule(
            at_least, "ratings: {delivery: 3}\ninterests: [management]\n", "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(statuses(outcome) == std::vector<Status>{Status::met, Status::not_met, Status::met});
        CHECK(outcome.progress == doctest::Approx(1.0));
    }

    TEST_CASE("at_least: one short is partial, and any one of the rest would do") {
        Outcome outcome = evaluate_rule(at_least, "ratings: {delivery: 3}\n", "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(
            outcome.reason.starts_with("1 of 3 options met (2 needed): ✓ a rating of at least 3 "));
        CHECK(outcome.missing == "one of: " + not_completed + "; or " + no_interest);
        CHECK(outcome.progress == doctest::Approx(0.5));
    }

    TEST_CASE("at_least: none met asks for the count from all the gaps") {
        Outcome outcome = evaluate_rule(at_least, "ratings: {delivery: 2}\n", "2026-11-01");
        CHECK(outcome.status == Status::not_met);
        CHECK(outcome.missing ==
              "2 more of: " + rating_short + "; " + not_completed + "; " + no_interest);
    }

    TEST_CASE("at_least: partial when an option is partial though none is met") {
        Outcome outcome = evaluate_rule(R"(at_least:
          count: 1
          of:
            - evidence: {type: talk, at_least: 2}
            - interest: {track: management})",
                                        "evidence:\n  - {id: t1, type: talk, title: A talk, date: "
                                        "2026-01-01}\n",
                                        "2026-11-01");
        CHECK(outcome.status == Status::partial);
        CHECK(outcome.progress == doctest::Approx(0.5));
    }

    TEST_CASE("combinators: evidence of every option is collected") {
        Outcome outcome =
            evaluate_rule(R"(all_of:
          - evidence: {type: talk}
          - evidence: {type: writing})",
                          "evidence:\n"
                          "  - {id: t1, type: talk, title: A talk, date: 2026-01-01}\n"
                          "  - {id: w1, type: writing, title: A post, date: 2026-01-01}\n",
                          "2026-11-01");
        CHECK(outcome.status == Status::met);
        CHECK(outcome.evidence == std::vector<std::string>{"t1", "w1"});
    }

} // TEST_SUITE
