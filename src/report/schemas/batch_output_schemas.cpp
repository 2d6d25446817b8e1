#include "report/schemas/batch_output_schemas.hpp"

#include "report/schemas/output_schema_parts.hpp"

namespace ladder {

namespace {

using namespace schema;

// Text, or null where the column does not apply to the row (an error row, no trial).
Json text_column() {
    return or_null(typed("string"));
}

Json count_column() {
    return or_null(count());
}

Json flag_column() {
    return or_null(typed("boolean"));
}

} // namespace

Json batch_row_output_schema() {
    Json route = described("The levels of the route to the target, the person's own first, when "
                           "only a route of several steps reaches it (status steps_away; the "
                           "counts are then its first step's); null otherwise.",
                           or_null(array_of(typed("string"))));
    Json status = described(
        "The verdict on the target, the same in every command "
        "(docs/formats.md, 'Judging a target'), or why there is none.",
        choice_value({"ready", "not_ready", "steps_away", "no_route", "top_of_track", "error"}));
    Json row = open_object({{"as_of", described("YYYY-MM-DD.", text_column())},
                            {"framework", text_column()},
                            {"framework_version", text_column()},
                            {"file", described("null with --redact.", text_column())},
                            {"id", text_column()},
                            {"name", described("null with --redact.", text_column())},
                            {"track", text_column()},
                            {"track_name", text_column()},
                            {"level", text_column()},
                            {"level_title", text_column()},
                            {"band", count_column()},
                            {"target", text_column()},
                            {"target_title", text_column()},
                            {"route", route},
                            {"status", status},
                            {"met", count_column()},
                            {"set_aside", count_column()},
                            {"total", count_column()},
                            {"progress", or_null(progress())},
                            {"required_missing", count_column()},
                            {"missing", or_null(array_of(typed("string")))},
                            {"waived", or_null(array_of(typed("string")))},
                            {"not_applicable", or_null(array_of(typed("string")))},
                            {"self_rated", count_column()},
                            {"confirmed_ratings", count_column()},
                            {"claimed_ratings", count_column()},
                            {"unattributed_ratings", count_column()},
                            {"confirmed_endorsements", count_column()},
                            {"claimed_endorsements", count_column()},
                            {"months_in_level", count_column()},
                            {"placement", text_column()},
                            {"best_fit", text_column()},
                            {"best_fit_progress", or_null(progress())},
                            {"best_fit_interest", flag_column()},
                            {"wrong_track", flag_column()},
                            {"trial_from", text_column()},
                            {"trial_ends", described("YYYY-MM-DD.", text_column())},
                            {"trial_days_left", described("Negative once the trial is over.",
                                                          or_null(typed("integer")))},
                            {"trial_standing", or_null({{"enum", {"ready", "not_ready"}}})},
                            {"trial_required_missing", count_column()},
                            {"trial_way_back_open", flag_column()},
                            {"error", text_or_null()}},
                           {});
    // The evidence files' labels (`people: labels:` of the framework), one column each.
    row["patternProperties"] = {{"^label\\.", or_null(typed("string"))}};
    return output_document("batch-row", "ladder batch --format jsonl|json: one row",
                           "One evidence file's row; an error row has null in every column it "
                           "cannot fill and the diagnostic in `error`. See README.md, 'ladder "
                           "batch'.",
                           row);
}

Json batch_summary_row_output_schema() {
    return output_document(
        "batch-summary-row", "ladder batch --summary --format jsonl|json: one group",
        "The counts of one group of people (track and level, or --by), stamped with the date "
        "judged and the framework. See README.md, 'ladder batch'.",
        open_object({{"people", or_null(count())},
                     {"ready", or_null(count())},
                     {"not_ready", or_null(count())},
                     {"errors", or_null(count())},
                     {"as_of", typed("string")},
                     {"framework", typed("string")},
                     {"framework_version", typed("string")}},
                    {"as_of", "framework", "framework_version"}));
}

} // namespace ladder
