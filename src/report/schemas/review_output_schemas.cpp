#include "report/schemas/review_output_schemas.hpp"

#include "report/schemas/output_schema_parts.hpp"
#include "review/framework_diff.hpp"
#include "review/test_runner.hpp"

namespace ladder {

namespace {

using namespace schema;

template <typename Enum> Json enum_of(std::initializer_list<Enum> values) {
    std::vector<std::string> names;
    for (Enum value : values) {
        names.emplace_back(to_string(value));
    }
    return choice_value(names);
}

Json framework_side() {
    return open_object(
        {{"path", typed("string")}, {"id", typed("string")}, {"version", typed("string")}},
        {"path", "id", "version"});
}

Json change() {
    Json kinds = enum_of({ChangeKind::added, ChangeKind::removed, ChangeKind::stricter,
                          ChangeKind::looser, ChangeKind::changed, ChangeKind::reworded});
    Json aspect = open_object({{"kind", kinds},
                               {"text", typed("string")},
                               {"before", text_or_null()},
                               {"after", text_or_null()}},
                              {"kind", "text", "before", "after"});
    Json subjects =
        enum_of({Subject::framework, Subject::scale, Subject::competency, Subject::track,
                 Subject::programme, Subject::level, Subject::transition, Subject::criterion});
    return open_object({{"subject", subjects},
                        {"id", typed("string")},
                        {"stated_by", or_null(typed("string"))},
                        {"title", typed("string")},
                        {"kind", kinds},
                        {"aspects", array_of(aspect)}},
                       {"subject", "id", "stated_by", "title", "kind", "aspects"});
}

// diff --evidence: each person whose verdict changes, or (--redact) only the counts per level.
Json impact() {
    Json level_change = open_object(
        {{"level", typed("string")},
         {"ready_before", typed("boolean")},
         {"ready_after", typed("boolean")},
         {"verdict_before", target_verdict()},
         {"verdict_after", target_verdict()},
         {"because",
          described("The criteria whose change flips the verdict.", array_of(typed("string")))}},
        {"level", "ready_before", "ready_after", "verdict_before", "verdict_after", "because"});
    Json person = open_object(
        {{"file", or_null(typed("string"))},
         {"person", open_object({{"id", typed("string")}, {"name", or_null(typed("string"))}},
                                {"id", "name"})},
         {"changes", array_of(level_change)}},
        {"file", "person", "changes"});
    Json people = described("Each person whose verdict changes.",
                            open_object({{"as_of", date("The evaluation day.")},
                                         {"files", count()},
                                         {"people", array_of(person)},
                                         {"errors", array_of(file_error())}},
                                        {"as_of", "files", "people", "errors"}));
    Json hidden_count = described("null when from 1 to min_group - 1: it would single people out.",
                                  or_null(count()));
    Json level_counts = open_object(
        {{"level", typed("string")},
         {"became_ready", hidden_count},
         {"became_not_ready", hidden_count},
         {"route_changed",
          described("Not ready before and after, by another verdict: the way to the level "
                    "changed (not ready -> no route, steps away -> not ready, ...); null when "
                    "from 1 to min_group - 1.",
                    or_null(count()))}},
        {"level", "became_ready", "became_not_ready", "route_changed"});
    Json counts = described(
        "With --counts-only: how many people change, per level; no one named.",
        open_object({{"as_of", date("The evaluation day.")},
                     {"files", count()},
                     {"people_changed",
                      described("null when under min_group, or when a level's count is hidden (it "
                                "would give that count away by subtraction).",
                                or_null(count()))},
                     {"levels", array_of(level_counts)},
                     {"errors", count()},
                     {"min_group", described("--min-group: the smallest count shown.", count())}},
                    {"as_of", "files", "people_changed", "levels", "errors"}));
    return {{"oneOf", Json::array({people, counts, {{"type", "null"}}})}};
}

} // namespace

Json diagnostics_output_schema() {
    return output_document("diagnostics", "ladder validate --format json",
                           "The diagnostics of `ladder validate`. See README.md, 'JSON outputs'.",
                           open_object({{"files_checked", count()},
                                        {"errors", count()},
                                        {"warnings", count()},
                                        {"diagnostics", array_of(diagnostic())}},
                                       {"files_checked", "errors", "warnings", "diagnostics"}));
}

Json test_report_output_schema() {
    Json results = enum_of({CaseVerdict::passed, CaseVerdict::failed, CaseVerdict::error});
    Json mismatch = open_object({{"file", typed("string")},
                                 {"line", count()},
                                 {"column", count()},
                                 {"subject", typed("string")},
                                 {"expected", typed("string")},
                                 {"actual", typed("string")},
                                 {"detail", typed("string")}},
                                {"file", "line", "column", "subject", "expected", "actual"});
    Json test_case = open_object(
        {{"suite", typed("string")},
         {"name", typed("string")},
         {"line", count()},
         {"column", count()},
         {"evidence", typed("string")},
         {"target", typed("string")},
         {"as_of", date("The case's evaluation day.")},
         {"result", results},
         {"mismatches", array_of(mismatch)},
         {"errors", array_of(diagnostic())}},
        {"suite", "name", "evidence", "target", "as_of", "result", "mismatches", "errors"});
    Json covered = open_object({{"id", typed("string")},
                                {"stated_by", typed("string")},
                                {"met", typed("boolean")},
                                {"not_met", typed("boolean")},
                                {"covered", typed("boolean")}},
                               {"id", "covered"});
    Json coverage = open_object({{"criteria_path", typed("string")},
                                 {"covered", count()},
                                 {"total", count()},
                                 {"share", progress()},
                                 {"criteria", array_of(covered)}},
                                {"criteria_path", "covered", "total", "share"});
    return output_document(
        "test-report", "ladder test --format json",
        "The cases of `ladder test` and their results. See README.md, 'Test cases'.",
        open_object({{"passed", count()},
                     {"failed", count()},
                     {"errors", count()},
                     {"cases", array_of(test_case)},
                     {"coverage", or_null(array_of(coverage))},
                     {"min_coverage", or_null(typed("number"))}},
                    {"passed", "failed", "errors", "cases", "coverage", "min_coverage"}));
}

Json diff_output_schema() {
    return output_document(
        "diff", "ladder diff --format json",
        "What changed between two versions of a framework and, with --evidence, whose verdict "
        "changes. See README.md, 'Reviewing a change'.",
        open_object({{"before", framework_side()},
                     {"after", framework_side()},
                     {"changes", array_of(change())},
                     {"impact", impact()}},
                    {"before", "after", "changes", "impact"}));
}

} // namespace ladder
