#include "report/schemas/batch_output_schemas.hpp"

#include "report/schemas/output_schema_parts.hpp"

namespace ladder {

namespace {

using namespace schema;

// Whole percent, rounded down; null on an error row. (Batch rows keep the percent of the CSV
// and the table; the documents of evaluate and place give a share from 0 to 1.)
Json percent() {
    return or_null({{"type", "integer"}, {"minimum", 0}, {"maximum", 100}});
}

} // namespace

Json batch_row_output_schema() {
    return output_document(
        "batch-row", "ladder batch --format jsonl|json: one row",
        "One evidence file's row; an error row has null in every column it cannot fill and the "
        "diagnostic in `error`. See README.md, 'ladder batch'.",
        open_object({{"file", described("null with --redact.", or_null(typed("string")))},
                     {"id", or_null(typed("string"))},
                     {"status", typed("string")},
                     {"met", or_null(count())},
                     {"total", or_null(count())},
                     {"progress", percent()},
                     {"best_fit_progress", percent()},
                     {"missing", or_null(array_of(typed("string")))},
                     {"error", text_or_null()}},
                    {}));
}

Json batch_summary_row_output_schema() {
    return output_document(
        "batch-summary-row", "ladder batch --summary --format jsonl|json: one group",
        "The counts of one group of people (track and level, or --by). See README.md, "
        "'ladder batch'.",
        open_object({{"people", or_null(count())},
                     {"ready", or_null(count())},
                     {"not_ready", or_null(count())},
                     {"errors", or_null(count())}},
                    {}));
}

} // namespace ladder
