#include "report/schemas/framework_output_schemas.hpp"

#include "report/schemas/output_schema_parts.hpp"

namespace ladder {

namespace {

using namespace schema;

Json level_criterion() {
    return open_object(
        {{"id", typed("string")},
         {"title", typed("string")},
         {"description", typed("string")},
         {"guidance", typed("string")},
         {"required", typed("boolean")},
         {"weight", typed("number")},
         {"entry_gate", typed("boolean")},
         {"stated_by", described("The level that states the criterion.", typed("string"))},
         {"rule", described("The rule as data; null: a criterion judged by hand.",
                            or_null(typed("object")))},
         {"rule_text",
          described("The rule in words; null when there is no rule.", text_or_null())}},
        {"id", "title", "required", "weight", "entry_gate", "stated_by", "rule", "rule_text"});
}

Json level_properties() {
    return {{"id", typed("string")},
            {"track", typed("string")},
            {"title", typed("string")},
            {"band", typed("integer")},
            {"includes", array_of(typed("string"))},
            {"summary", typed("string")},
            {"criteria", array_of(level_criterion())}};
}

const std::vector<std::string> level_required = {"id",       "track",   "title",   "band",
                                                 "includes", "summary", "criteria"};

} // namespace

Json framework_output_schema() {
    Json competency = open_object(
        {{"id", typed("string")}, {"name", typed("string")}, {"description", typed("string")}},
        {"id", "name"});
    Json track = open_object({{"id", typed("string")},
                              {"name", typed("string")},
                              {"forks_from", or_null(typed("string"))}},
                             {"id", "name", "forks_from"});
    Json transition = open_object({{"from", typed("string")},
                                   {"to", typed("string")},
                                   {"trial_months", or_null(count())},
                                   {"reversible", typed("boolean")},
                                   {"includes_target", typed("boolean")},
                                   {"includes", array_of(typed("string"))},
                                   {"criteria", count()}},
                                  {"from", "to", "trial_months", "reversible", "criteria"});
    Json scale =
        described("Rating -> its label.", {{"type", "object"},
                                           {"propertyNames", {{"pattern", rating_key_pattern}}},
                                           {"additionalProperties", typed("string")}});
    return output_document(
        "framework", "ladder show --format json",
        "The whole framework: scale, competencies, tracks, levels with their criteria, moves "
        "between tracks. See README.md, 'Reading the framework'.",
        open_object(
            {{"id", typed("string")},
             {"name", typed("string")},
             {"version", typed("string")},
             {"scale", scale},
             {"competencies", array_of(competency)},
             {"tracks", array_of(track)},
             {"levels", array_of(open_object(level_properties(), level_required))},
             {"transitions", array_of(transition)}},
            {"id", "name", "version", "scale", "competencies", "tracks", "levels", "transitions"}));
}

Json level_output_schema() {
    return output_document("level", "ladder show LEVEL --format json",
                           "One level with every criterion it needs, its own and inherited. See "
                           "README.md, 'Reading the framework'.",
                           open_object(level_properties(), level_required));
}

} // namespace ladder
