#include "report/framework/other_schemas.hpp"

#include "model/rule.hpp"
#include "report/common/schema_id.hpp"
#include "report/framework/json_schema_builders.hpp"
#include "util/json_text.hpp"

#include <nlohmann/json.hpp>

namespace ladder {

namespace {

using namespace schema;

// What a case expects: the verdict, and the status of some criteria.
Json expectation() {
    Json statuses = Json::array();
    for (Status status :
         {Status::met, Status::partial, Status::not_met, Status::no_data, Status::waived}) {
        statuses.push_back(std::string(to_string(status)));
    }
    return {
        {"description", "What the case must get: ready, and/or the status of criteria."},
        {"type", "object"},
        {"properties",
         {{"ready",
           {{"description", "Whether the person is ready for the target."}, {"type", "boolean"}}},
          {"criteria",
           {{"description", "Criterion id -> the status it must get."},
            {"type", "object"},
            {"additionalProperties", {{"enum", statuses}}}}}}},
        {"minProperties", 1},
        {"additionalProperties", false}};
}

} // namespace

std::string test_suite_json_schema() {
    Json test_case = {
        {"type", "object"},
        {"properties",
         {{"name", required_line("What the case shows; unique in the file.")},
          {"evidence", required_text("The evidence file, relative to this file.")},
          {"target", required_text("The level to judge the person against, on any track.")},
          {"as_of", date("The evaluation day of this case, YYYY-MM-DD.")},
          {"expect", expectation()}}},
        {"required", {"name", "evidence", "target", "expect"}},
        {"additionalProperties", false}};
    Json schema = {{"$schema", schema_dialect},
                   {"$id", schema_id("test-suite")},
                   {"title", "ladder test suite (ladder-tests.yaml)"},
                   {"description",
                    "Evidence files with the verdict each must get, run by `ladder test`. "
                    "See README.md, 'Test cases'."},
                   {"type", "object"},
                   {"properties",
                    {{"criteria", required_text("The framework under test, relative to this file "
                                                "(default: --criteria, or the built-in "
                                                "framework).")},
                     {"as_of", date("The default evaluation day of every case, YYYY-MM-DD.")},
                     {"cases", {{"type", "array"}, {"minItems", 1}, {"items", test_case}}}}},
                   {"required", {"cases"}},
                   {"additionalProperties", false}};
    return json_text(schema, 2);
}

std::string openings_json_schema() {
    Json line = {{"type", "string"}, {"pattern", one_line_pattern}};
    Json scalar = {{"type", Json::array({"number", "boolean"})}};
    Json labels = described("Labels a candidate's evidence file must carry, each with this value "
                            "(team: payments); none: anyone may fill the opening.",
                            {{"type", "object"},
                             {"propertyNames", {{"pattern", id_pattern}}},
                             {"additionalProperties", {{"oneOf", Json::array({line, scalar})}}}});
    Json opening = {{"type", "object"},
                    {"properties",
                     {{"id", id("The opening's id; unique in the file.")},
                      {"level", id("The level to fill, a level id of the framework (M1).")},
                      {"count", whole_number("How many people are needed (default 1).", 1, 10000)},
                      {"labels", labels},
                      {"note", text("Anything the reader should know (why, by when).")}}},
                    {"required", {"id", "level"}},
                    {"additionalProperties", false}};
    Json schema = {{"$schema", schema_dialect},
                   {"$id", schema_id("openings")},
                   {"title", "ladder openings file"},
                   {"description",
                    "The positions the organisation plans to fill, read by `ladder candidates`. "
                    "See docs/formats.md, 'Openings files'."},
                   {"type", "object"},
                   {"properties",
                    {{"title", line_text("A heading for the plan (Engineering, 2027 H1).")},
                     {"openings", {{"type", "array"}, {"items", opening}}}}},
                   {"required", {"openings"}},
                   {"additionalProperties", false}};
    return json_text(schema, 2);
}

} // namespace ladder
