#pragma once
// Output schemas of `ladder batch --format jsonl|json`: one row per evidence file (or, with
// --summary, per group), each row its own document with the format key, so a JSONL line read
// alone says what it is. The columns follow --columns, so only `format` is required.

#include <nlohmann/json.hpp>

namespace ladder {

nlohmann::ordered_json batch_row_output_schema();
nlohmann::ordered_json batch_summary_row_output_schema();

} // namespace ladder
