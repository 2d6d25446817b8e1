#include "report/schemas/openings_output_schema.hpp"

#include "eval/opening_candidates.hpp"
#include "report/schemas/output_schema_parts.hpp"

namespace ladder {

namespace {

using namespace schema;

Json person_properties() {
    return {{"id", typed("string")},
            {"name", or_null(typed("string"))},
            {"file", or_null(typed("string"))},
            {"track", typed("string")},
            {"level", typed("string")},
            {"months_in_level", or_null(typed("integer"))},
            {"interests", array_of(typed("string"))},
            {"wrong_track", typed("boolean")},
            {"no_step_yet", described("For each track the person declared interest in that no "
                                      "step from their level leads to: the shortest route, in "
                                      "words.",
                                      array_of(typed("string")))}};
}

const std::vector<std::string> person_required = {"id", "track", "level", "wrong_track",
                                                  "no_step_yet"};

// A person as the report names them, with `extra` properties of the section.
Json person(Json extra, std::vector<std::string> required) {
    Json properties = person_properties();
    for (const auto& [key, value] : extra.items()) {
        properties[key] = value;
    }
    std::vector<std::string> all = person_required;
    all.insert(all.end(), required.begin(), required.end());
    return open_object(properties, all);
}

Json opening() {
    Json candidate = person({{"progress", progress()},
                             {"required_missing", count()},
                             {"missing", array_of(typed("string"))},
                             {"next_steps", typed("array")}},
                            {"progress", "required_missing", "missing"});
    Json groups = open_object(Json::object(), {});
    for (CandidateGroup group :
         {CandidateGroup::ready, CandidateGroup::not_interested, CandidateGroup::nearly}) {
        std::string name(to_string(group));
        groups["properties"][name] = array_of(candidate);
        groups["required"].push_back(name);
    }
    return open_object(
        {{"id", typed("string")},
         {"level", typed("string")},
         {"level_title", typed("string")},
         {"track", typed("string")},
         {"count", count()},
         {"labels", typed("object")},
         {"note", text_or_null()},
         {"ready", count()},
         {"short", typed("boolean")},
         {"candidates", groups},
         {"out_of_reach", described("People whose next step by band the opening is, but whom no "
                                    "single step takes there, by verdict (docs/formats.md, "
                                    "'Judging a target'): counted, never named.",
                                    open_object({{"steps_away", count()}, {"no_route", count()}},
                                                {"steps_away", "no_route"}))}},
        {"id", "level", "count", "labels", "note", "ready", "short", "candidates", "out_of_reach"});
}

} // namespace

Json candidates_output_schema() {
    Json trial = open_object({{"from", typed("string")},
                              {"level", typed("string")},
                              {"since", date("The day the trial began.")},
                              {"ends", date("The day the trial ends.")},
                              {"days_left", typed("integer")},
                              {"way_back_open", typed("boolean")},
                              {"ready", typed("boolean")},
                              {"met", count()},
                              {"total", count()},
                              {"required_missing", count()}},
                             {"from", "level", "since", "ends", "ready"});
    Json error = open_object(
        {{"file", typed("string")}, {"id", or_null(typed("string"))}, {"error", typed("string")}},
        {"file", "error"});
    return output_document(
        "candidates", "ladder candidates --format json",
        "Who could fill each opening, who is ready with no role, who is on the wrong track, "
        "trials in progress. See README.md, 'ladder candidates'.",
        open_object(
            {{"framework", open_object({{"id", typed("string")}, {"version", typed("string")}},
                                       {"id", "version"})},
             {"as_of", date("The evaluation day.")},
             {"title", typed("string")},
             {"within", typed("integer")},
             {"files", count()},
             {"openings", array_of(opening())},
             {"short_openings", array_of(typed("string"))},
             {"ready_no_role",
              array_of(person({{"ready_for", array_of(typed("string"))}}, {"ready_for"}))},
             {"wrong_track", array_of(person({}, {}))},
             {"no_step_yet", array_of(person({}, {}))},
             {"trials_ending", or_null(typed("integer"))},
             {"trials", array_of(person({{"trial", trial}}, {"trial"}))},
             {"errors", array_of(error)}},
            {"framework", "as_of", "files", "openings", "short_openings", "ready_no_role",
             "wrong_track", "no_step_yet", "trials_ending", "trials", "errors"}));
}

} // namespace ladder
