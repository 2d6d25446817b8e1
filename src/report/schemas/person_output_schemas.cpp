#include "report/schemas/person_output_schemas.hpp"

#include "model/outcome.hpp"
#include "model/person.hpp"
#include "report/schemas/output_schema_parts.hpp"

namespace ladder {

namespace {

using namespace schema;

Json statuses() {
    std::vector<std::string> names;
    for (Status status :
         {Status::met, Status::partial, Status::not_met, Status::no_data, Status::waived}) {
        names.emplace_back(to_string(status));
    }
    return choice_value(names);
}

Json criterion_result() {
    Json considered = open_object(
        {{"item", typed("string")},
         {"counted", typed("boolean")},
         {"why", typed("string")},
         {"failed", described("How many of the rule's conditions the item fails.", count())},
         {"near_miss", typed("boolean")}},
        {"item", "counted"});
    Json exception = open_object(
        {{"kind", choice_value({std::string(to_string(ExceptionKind::waived)),
                                std::string(to_string(ExceptionKind::not_applicable))})},
         {"justification", typed("string")},
         {"approved_by", typed("string")}},
        {"kind"});
    return open_object(
        {{"id", typed("string")},
         {"title", typed("string")},
         {"required", typed("boolean")},
         {"weight", typed("number")},
         {"stated_by", typed("string")},
         {"inherited", typed("boolean")},
         {"entry_gate", typed("boolean")},
         {"status", statuses()},
         {"rule", text_or_null()},
         {"reason", typed("string")},
         {"missing", text_or_null()},
         {"guidance", typed("string")},
         {"evidence", array_of(typed("string"))},
         {"considered", array_of(considered)},
         {"options", described("any_of, all_of, at_least: each option's verdict; null for other "
                               "rules.",
                               or_null(array_of(open_object({{"option", typed("string")},
                                                             {"met", typed("boolean")},
                                                             {"status", statuses()}},
                                                            {"option", "met", "status"}))))},
         {"exception", or_null(exception)}},
        {"id", "title", "required", "status", "reason", "missing", "evidence", "exception"});
}

Json person_key() {
    return open_object({{"id", typed("string")}, {"name", or_null(typed("string"))}}, {"id"});
}

Json next_steps() {
    Json step = open_object({{"kind", typed("string")},
                             {"text", typed("string")},
                             {"closes", array_of(typed("string"))},
                             {"required_closed", count()}},
                            {"kind", "text", "closes"});
    return or_null(open_object(
        {{"summary", typed("string")}, {"new_items", count()}, {"steps", array_of(step)}},
        {"summary", "steps"}));
}

Json timeline() {
    Json event = open_object({{"date", date("The day the criterion changes.")},
                              {"criterion", typed("string")},
                              {"required", typed("boolean")},
                              {"change", choice_value({"met", "lost"})},
                              {"ageing_out", array_of(typed("string"))}},
                             {"date", "criterion", "change"});
    return or_null(open_object({{"horizon_days", count()},
                                {"ready_from", or_null(date("The first day ready."))},
                                {"ready_until", or_null(date("The last day ready."))},
                                {"events", array_of(event)}},
                               {"horizon_days", "ready_from", "ready_until", "events"}));
}

Json route() {
    Json step = level_result_schema();
    step["properties"]["from"] = typed("string");
    step["properties"]["to"] = typed("string");
    step["properties"]["kind"] = choice_value({"move", "promotion"});
    step["properties"]["how"] = typed("string");
    step["properties"]["missing"] = array_of(typed("string"));
    step["properties"]["next_steps"] = next_steps();
    return or_null(open_object(
        {{"to", typed("string")}, {"reachable", typed("boolean")}, {"steps", array_of(step)}},
        {"to", "reachable", "steps"}));
}

Json trial() {
    return or_null(open_object({{"from", typed("string")},
                                {"level", typed("string")},
                                {"since", date("The day the trial began.")},
                                {"ends", date("The day the trial ends.")},
                                {"days_left", typed("integer")},
                                {"way_back_open", typed("boolean")},
                                {"standing", level_result_schema()}},
                               {"from", "level", "since", "ends", "standing"}));
}

// Where each rating, endorsement and approval comes from (model/provenance.hpp).
Json statements() {
    Json source = {{"enum", {"confirmed", "claimed", "self_assessed", "unattributed"}}};
    Json by_or_null = or_null(typed("string"));
    return open_object(
        {{"ratings", array_of(open_object({{"competency", typed("string")},
                                           {"rating", typed("integer")},
                                           {"by", by_or_null},
                                           {"date", or_null(date("The rating's date."))},
                                           {"source", source},
                                           {"counts", typed("boolean")}},
                                          {"competency", "rating", "by", "source", "counts"}))},
         {"endorsements", array_of(open_object({{"item", typed("string")},
                                                {"by", typed("string")},
                                                {"source", source},
                                                {"counts", typed("boolean")}},
                                               {"item", "by", "source", "counts"}))},
         {"approvals", array_of(open_object({{"criterion", typed("string")},
                                             {"status", typed("string")},
                                             {"by", typed("string")},
                                             {"source", source},
                                             {"counts", typed("boolean")}},
                                            {"criterion", "by", "source", "counts"}))}},
        {"ratings", "endorsements", "approvals"});
}

Json evaluation() {
    Json cross_track = level_result_schema();
    cross_track["properties"]["step"] = typed("string");
    cross_track["properties"]["interested"] = typed("boolean");
    cross_track["properties"]["current"] = typed("boolean");
    return open_object({{"file", typed("string")},
                        {"person", person_key()},
                        {"track", typed("string")},
                        {"level", typed("string")},
                        {"interests", array_of(typed("string"))},
                        {"as_of", date("The evaluation day.")},
                        {"trial", trial()},
                        {"wrong_track", typed("boolean")},
                        {"no_step_yet", typed("array")},
                        {"statements", statements()},
                        {"next_steps", next_steps()},
                        {"timeline", timeline()},
                        {"target", or_null(level_result_schema())},
                        {"verdict", or_null(target_verdict())},
                        {"route", route()},
                        {"note", text_or_null()},
                        {"cross_track", array_of(cross_track)}},
                       {"file", "person", "track", "level", "as_of", "trial", "target", "verdict",
                        "route", "cross_track"});
}

Json placement() {
    Json reached = open_object(
        {{"level", typed("string")}, {"title", typed("string")}, {"band", typed("integer")}},
        {"level", "title", "band"});
    Json track = open_object({{"track", typed("string")},
                              {"reached", or_null(reached)},
                              {"next", or_null(level_result_schema())}},
                             {"track", "reached", "next"});
    return open_object({{"file", typed("string")},
                        {"person", person_key()},
                        {"track", typed("string")},
                        {"level", typed("string")},
                        {"tracks", array_of(track)}},
                       {"file", "person", "track", "level", "tracks"});
}

// evaluate and place print the same frame: the framework, the day, the people, the files that
// could not be read (commands/person_input: people_document).
Json people_document(std::string_view key, const Json& person) {
    return open_object(
        {{"framework",
          open_object({{"id", typed("string")}, {"version", typed("string")}}, {"id", "version"})},
         {"as_of", date("The evaluation day.")},
         {std::string(key), array_of(person)},
         {"errors", array_of(file_error())}},
        {"framework", "as_of", std::string(key), "errors"});
}

} // namespace

Json level_result_schema() {
    Json transition = open_object({{"from", typed("string")},
                                   {"to", typed("string")},
                                   {"trial_months", or_null(count())},
                                   {"reversible", typed("boolean")}},
                                  {"from", "to"});
    return open_object({{"level", typed("string")},
                        {"title", typed("string")},
                        {"track", typed("string")},
                        {"band", typed("integer")},
                        {"transition", or_null(transition)},
                        {"ready", typed("boolean")},
                        {"met", count()},
                        {"set_aside", count()},
                        {"total", count()},
                        {"progress", progress()},
                        {"criteria", array_of(criterion_result())}},
                       {"level", "ready", "met", "total", "progress"});
}

Json evaluations_output_schema() {
    return output_document("evaluations", "ladder evaluate --format json",
                           "Each person's verdict against a level, criterion by criterion. See "
                           "README.md, 'JSON output'.",
                           people_document("evaluations", evaluation()));
}

Json placements_output_schema() {
    return output_document(
        "placements", "ladder place --format json",
        "The level each person reaches on each track and what the next one needs. See "
        "README.md, 'ladder place'.",
        people_document("placements", placement()));
}

} // namespace ladder
