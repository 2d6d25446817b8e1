#include "report/schemas/output_schemas.hpp"

#include "report/schemas/batch_output_schemas.hpp"
#include "report/schemas/framework_output_schemas.hpp"
#include "report/schemas/openings_output_schema.hpp"
#include "report/schemas/person_output_schemas.hpp"
#include "report/schemas/review_output_schemas.hpp"
#include "util/json_text.hpp"

#include <functional>
#include <utility>

namespace ladder {

namespace {

using SchemaMaker = std::function<nlohmann::ordered_json()>;

const std::vector<std::pair<std::string, SchemaMaker>>& output_schemas() {
    static const std::vector<std::pair<std::string, SchemaMaker>> schemas = {
        {"evaluations", evaluations_output_schema},
        {"placements", placements_output_schema},
        {"batch-row", batch_row_output_schema},
        {"batch-summary-row", batch_summary_row_output_schema},
        {"candidates", candidates_output_schema},
        {"diagnostics", diagnostics_output_schema},
        {"test-report", test_report_output_schema},
        {"diff", diff_output_schema},
        {"framework", framework_output_schema},
        {"level", level_output_schema},
    };
    return schemas;
}

} // namespace

const std::vector<std::string>& output_schema_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> result;
        for (const auto& [name, make] : output_schemas()) {
            result.push_back(name);
        }
        return result;
    }();
    return names;
}

std::optional<std::string> output_json_schema(std::string_view name) {
    for (const auto& [known, make] : output_schemas()) {
        if (known == name) {
            return json_text(make(), 2);
        }
    }
    return std::nullopt;
}

} // namespace ladder
