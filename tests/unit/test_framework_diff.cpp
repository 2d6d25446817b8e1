#include "review/framework_diff.hpp"
#include "review/verdict_impact.hpp"
#include "test_support.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>
#include <string>

using namespace ladder;
using ladder::test::date;
using ladder::test::framework_head;
using ladder::test::framework_with_rule;
using ladder::test::load_valid_framework;
using ladder::test::load_valid_person;
using ladder::test::person_head;
using Lines = std::vector<std::string>;

namespace {

// The diff of criterion c1 with rule `before` against c1 with rule `after`.
Change rule_change(const std::string& before, const std::string& after) {
    Framework old_framework = load_valid_framework(framework_with_rule(before));
    Framework new_framework = load_valid_framework(framework_with_rule(after));
    FrameworkDiff diff = diff_frameworks(old_framework, new_framework);
    INFO(before, " -> ", after);
    REQUIRE(diff.changes.size() == 1);
    CHECK(diff.changes[0].subject == Subject::criterion);
    CHECK(diff.changes[0].id == "c1");
    CHECK(diff.changes[0].owner == "L1");
    return diff.changes[0];
}

Lines texts(const Change& change) {
    Lines result;
    for (const auto& aspect : change.aspects) {
        result.push_back(std::string(to_string(aspect.kind)) + ": " + aspect.text);
    }
    return result;
}

std::string two_levels(const std::string& second_level) {
    return framework_head + R"(levels:
  - id: L1
    track: ic
    title: Engineer
    band: 1
    summary: Works.
    criteria:
      - {id: c1, title: First, description: What., guidance: How., rating: {competency: delivery, min: 2}}
)" + second_level;
}

const std::string level_two = R"(  - id: L2
    track: ic
    title: Senior Engineer
    band: 2
    summary: Works more.
    criteria:
      - {id: c2, title: Second, description: What., guidance: How., rating: {competency: delivery, min: 3}}
)";

} // namespace

TEST_SUITE("eval/framework_diff") {
    TEST_CASE("identical frameworks have no changes") {
        Framework framework = load_valid_framework(two_levels(level_two));
        CHECK(diff_frameworks(framework, framework).empty());
    }

    TEST_CASE("a minimum going up is stricter, going down looser") {
        SUBCASE("rating") {
            Change change = rule_change("rating: {competency: delivery, min: 3}",
                                        "rating: {competency: delivery, min: 4}");
            CHECK(change.kind == ChangeKind::stricter);
            CHECK(texts(change) == Lines{"stricter: rating for Delivery raised from 3 to 4"});
            CHECK(change.aspects[0].before == "a rating of at least 3 (Proficient) in Delivery");
            CHECK(change.aspects[0].after == "a rating of at least 4 (Advanced) in Delivery");
        }
        SUBCASE("points") {
            Change change = rule_change("points: {min: 10}", "points: {min: 8}");
            CHECK(texts(change) == Lines{"looser: points needed lowered from 10 to 8"});
        }
        SUBCASE("evidence at_least") {
            Change change = rule_change("evidence: {type: project, at_least: 1}",
                                        "evidence: {type: project, at_least: 2}");
            CHECK(texts(change) == Lines{"stricter: items needed raised from 1 to 2"});
        }
        SUBCASE("tenure months") {
            Change change = rule_change("tenure: {months: 12}", "tenure: {months: 18}");
            CHECK(texts(change) == Lines{"stricter: months needed raised from 12 to 18"});
        }
        SUBCASE("min_endorsers, absent meaning none") {
            Change change = rule_change("evidence: {type: project}",
                                        "evidence: {type: project, min_endorsers: 2}");
            CHECK(texts(change) == Lines{"stricter: endorsers needed raised from 0 to 2"});
        }
        SUBCASE("at_least count") {
            std::string options = "[{rating: {competency: delivery, min: 2}}, "
                                  "{rating: {competency: influence, min: 2}}, "
                                  "{completed: {programme: manager-foundations}}]";
            Change change = rule_change("at_least: {count: 2, of: " + options + "}",
                                        "at_least: {count: 1, of: " + options + "}");
            CHECK(texts(change) == Lines{"looser: options needed lowered from 2 to 1"});
        }
    }

    TEST_CASE("a shorter time window is stricter, and no window is the loosest") {
        CHECK(texts(rule_change("evidence: {type: project, within_months: 24}",
                                "evidence: {type: project, within_months: 12}")) ==
              Lines{"stricter: time window shortened from 24 to 12 months"});
        CHECK(texts(rule_change("evidence: {type: project}",
                                "evidence: {type: project, within_months: 12}")) ==
              Lines{"stricter: evidence must now be from the last 12 months"});
        CHECK(texts(rule_change("evidence: {type: project, within_months: 12}",
                                "evidence: {type: project}")) ==
              Lines{"looser: the 12-month time window removed"});
    }

    TEST_CASE("filter lists: narrowing is stricter, widening looser") {
        CHECK(texts(rule_change("evidence: {type: [project, design]}",
                                "evidence: {type: project}")) ==
              Lines{"stricter: type filter: design removed"});
        CHECK(texts(rule_change("evidence: {role: lead}", "evidence: {role: [lead, owner]}")) ==
              Lines{"looser: role filter: owner added"});
        CHECK(texts(rule_change("evidence: {type: project}", "evidence: {at_least: 1}")) ==
              Lines{"looser: type filter removed: any type counts"});
        CHECK(texts(rule_change("evidence: {type: project, min_scope: team}",
                                "evidence: {type: project, min_scope: org}")) ==
              Lines{"stricter: minimum scope raised from team to org"});
        CHECK(texts(rule_change("evidence: {type: project, tags: [a]}",
                                "evidence: {type: project, tags: [a, b]}")) ==
              Lines{"stricter: tags needed: b added"});
        CHECK(texts(rule_change("points: {min: 4, competencies: [delivery, influence]}",
                                "points: {min: 4, competencies: [delivery]}")) ==
              Lines{"stricter: competencies counted: influence removed"});
    }

    TEST_CASE("options of all_of and any_of") {
        std::string one = "{rating: {competency: delivery, min: 2}}";
        std::string two = "{rating: {competency: influence, min: 2}}";
        CHECK(texts(rule_change("all_of: [" + one + "]", "all_of: [" + one + ", " + two + "]")) ==
              Lines{"stricter: 1 option added"});
        CHECK(texts(rule_change("any_of: [" + one + "]", "any_of: [" + one + ", " + two + "]")) ==
              Lines{"looser: 1 option added"});
        CHECK(
            texts(rule_change("any_of: [" + one + ", " + two + "]",
                              "any_of: [{rating: {competency: delivery, min: 3}}, " + two + "]")) ==
            Lines{"stricter: option 1: rating for Delivery raised from 2 to 3"});
    }

    TEST_CASE("a change without a clear direction is 'changed' with the rule before and after") {
        Change change = rule_change("rating: {competency: delivery, min: 3}",
                                    "completed: {programme: manager-foundations}");
        CHECK(change.kind == ChangeKind::changed);
        REQUIRE(change.aspects.size() == 1);
        CHECK(change.aspects[0].text == "rule changed");
        CHECK(change.aspects[0].before == "a rating of at least 3 (Proficient) in Delivery");
        CHECK(change.aspects[0].after == "completed the Manager foundations programme");
        SUBCASE("mixed directions") {
            Change mixed = rule_change("evidence: {type: project, at_least: 1, within_months: 12}",
                                       "evidence: {type: project, at_least: 2, within_months: 24}");
            CHECK(mixed.kind == ChangeKind::changed);
            CHECK(texts(mixed) == Lines{"stricter: items needed raised from 1 to 2",
                                        "looser: time window lengthened from 12 to 24 months"});
        }
    }

    TEST_CASE("criteria and levels added, removed, reworded, moved") {
        Framework before = load_valid_framework(two_levels(level_two));
        std::string changed_two = level_two;
        changed_two.replace(changed_two.find("band: 2"), 7, "band: 3");
        changed_two.replace(changed_two.find("id: c2, title: Second"), 21, "id: c3, title: Third");
        std::string reworded = two_levels(changed_two);
        reworded.replace(reworded.find("title: First, description: What."), 32,
                         "title: First, description: Why.");
        reworded.replace(reworded.find("title: Engineer\n"), 15, "title: Engineer I");
        Framework after = load_valid_framework(reworded);
        FrameworkDiff diff = diff_frameworks(before, after);
        Lines summary;
        for (const auto& change : diff.changes) {
            summary.push_back(std::string(to_string(change.subject)) + " " + change.id + " " +
                              std::string(to_string(change.kind)) + ": " +
                              join(texts(change), "; "));
        }
        CHECK(summary ==
              Lines{"level L1 reworded: reworded: title changed from 'Engineer' to 'Engineer I'",
                    "level L2 changed: changed: band changed from 2 to 3",
                    "criterion c1 reworded: reworded: description reworded",
                    "criterion c3 added: added: rule: a rating of at least 3 (Proficient) in "
                    "Delivery",
                    "criterion c2 removed: "});
        SUBCASE("a level removed, required made optional") {
            std::string optional = two_levels("");
            optional.replace(optional.find("guidance: How., rating"), 22,
                             "guidance: How., required: false, rating");
            FrameworkDiff removed = diff_frameworks(before, load_valid_framework(optional));
            REQUIRE(removed.changes.size() == 3);
            CHECK(removed.changes[0].id == "L2");
            CHECK(removed.changes[0].kind == ChangeKind::removed);
            CHECK(removed.changes[1].id == "c1");
            CHECK(texts(removed.changes[1]) == Lines{"looser: now optional (was required)"});
            CHECK(removed.changes[2].id == "c2");
            CHECK(removed.changes[2].kind == ChangeKind::removed);
        }
    }
}

TEST_SUITE("eval/verdict_impact") {
    TEST_CASE("a raised minimum flips a person from ready to not ready, with the criterion") {
        Framework before = load_valid_framework(two_levels(level_two));
        std::string stricter = two_levels(level_two);
        stricter.replace(stricter.find("delivery, min: 2"), 16, "delivery, min: 3");
        Framework after = load_valid_framework(stricter);
        Person person = load_valid_person(person_head + "ratings: {delivery: 2}\n");
        auto changes = verdict_changes(before, after, person, date("2026-11-01"));
        REQUIRE(changes.size() == 1);
        CHECK(changes[0].level == "L1");
        CHECK(changes[0].ready_before);
        CHECK_FALSE(changes[0].ready_after);
        CHECK(changes[0].because == std::vector<std::string>{"c1"});
        SUBCASE("and back") {
            auto back = verdict_changes(after, before, person, date("2026-11-01"));
            REQUIRE(back.size() == 1);
            CHECK(back[0].ready_after);
            CHECK(back[0].because == std::vector<std::string>{"c1"});
        }
        SUBCASE("no change for someone who meets both") {
            Person strong = load_valid_person(person_head + "ratings: {delivery: 4}\n");
            CHECK(verdict_changes(before, after, strong, date("2026-11-01")).empty());
        }
    }

    TEST_CASE("a level judged as every command judges a target: a removed move leaves no route") {
        // M1 is reached from L1 by a move asking for an interest in management; the new version
        // removes the move (no route from L1), or starts it from L2 (two steps away).
        std::string levels = framework_head + R"(levels:
  - {id: L1, track: ic, title: One, band: 1, summary: S, criteria: []}
  - {id: L2, track: ic, title: Two, band: 2, summary: S, criteria: []}
  - {id: M1, track: management, title: Lead, band: 1, summary: S, criteria: []}
)";
        auto move_from = [&](const std::string& from) {
            return levels + "transitions:\n  - from: " + from +
                   "\n    to: M1\n    criteria:\n      - {id: to-m1, title: Move, description: "
                   "D, guidance: G, interest: {track: management}}\n";
        };
        Framework before = load_valid_framework(move_from("L1"));
        Framework removed = load_valid_framework(levels);
        Framework later = load_valid_framework(move_from("L2"));
        Person wants = load_valid_person(person_head + "interests: [management]\n");
        Person not_yet = load_valid_person(person_head + "interests: [ic]\n");
        Date as_of = date("2026-11-01");

        auto gone = verdict_changes(before, removed, wants, as_of);
        REQUIRE(gone.size() == 1);
        CHECK(gone[0].level == "M1");
        CHECK(gone[0].ready_before);
        CHECK_FALSE(gone[0].ready_after);
        CHECK(gone[0].verdict_before == TargetVerdict::ready);
        CHECK(gone[0].verdict_after == TargetVerdict::no_route);
        CHECK(gone[0].because.empty());
        CHECK(gone[0].reach == "the framework defines no promotion or move, nor any sequence of "
                               "them, from L1 to M1");

        // Not ready either way, and still a change: the move they worked towards is gone.
        auto still_not = verdict_changes(before, removed, not_yet, as_of);
        REQUIRE(still_not.size() == 1);
        CHECK_FALSE(still_not[0].ready_before);
        CHECK_FALSE(still_not[0].ready_after);
        CHECK(still_not[0].verdict_before == TargetVerdict::not_ready);
        CHECK(still_not[0].verdict_after == TargetVerdict::no_route);

        auto further = verdict_changes(before, later, wants, as_of);
        REQUIRE(further.size() == 1);
        CHECK(further[0].verdict_after == TargetVerdict::steps_away);
        CHECK(further[0].steps_after == 2);
        CHECK(further[0].reach == "the route now: L1 -> L2 -> M1");

        auto back = verdict_changes(removed, before, wants, as_of);
        REQUIRE(back.size() == 1);
        CHECK(back[0].verdict_before == TargetVerdict::no_route);
        CHECK(back[0].verdict_after == TargetVerdict::ready);
        CHECK(back[0].reach == "one step reaches it now");
    }
}

TEST_SUITE("eval/framework_diff") {

    TEST_CASE("a scale step worth more points is looser, worth fewer stricter") {
        auto with_points = [](const std::string& points) {
            std::string text = framework_with_rule("points: {min: 4}");
            auto start = text.find("scale:");
            auto end = text.find('\n', start);
            return text.replace(
                start, end - start,
                "scale: {1: {label: Low, points: 1}, 2: {label: High, points: " + points + "}}");
        };
        Framework before = load_valid_framework(with_points("3"));
        FrameworkDiff raised = diff_frameworks(before, load_valid_framework(with_points("5")));
        REQUIRE(raised.changes.size() == 1);
        CHECK(raised.changes[0].subject == Subject::scale);
        CHECK(raised.changes[0].kind == ChangeKind::looser);
        CHECK(texts(raised.changes[0]) ==
              Lines{"looser: points of rating 2 (High) raised from 3 to 5"});
        FrameworkDiff lowered = diff_frameworks(before, load_valid_framework(with_points("2")));
        REQUIRE(lowered.changes.size() == 1);
        CHECK(texts(lowered.changes[0]) ==
              Lines{"stricter: points of rating 2 (High) lowered from 3 to 2"});
    }

    TEST_CASE("giving a plain scale points: every step whose value changes is listed") {
        std::string plain = framework_with_rule("points: {min: 4}");
        std::string with_points = plain;
        auto start = with_points.find("scale:");
        auto end = with_points.find('\n', start);
        with_points.replace(start, end - start,
                            "scale: {1: {label: Learning, points: 1}, 2: {label: Developing, "
                            "points: 2}, 3: {label: Proficient, points: 6}, 4: {label: Advanced, "
                            "points: 12}, 5: {label: Expert, points: 20}}");
        FrameworkDiff diff =
            diff_frameworks(load_valid_framework(plain), load_valid_framework(with_points));
        REQUIRE(diff.changes.size() == 1);
        CHECK(texts(diff.changes[0]) ==
              Lines{"looser: points of rating 3 (Proficient) raised from 3 to 6",
                    "looser: points of rating 4 (Advanced) raised from 4 to 12",
                    "looser: points of rating 5 (Expert) raised from 5 to 20"});
    }

} // TEST_SUITE
