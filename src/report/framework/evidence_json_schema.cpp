#include "model/person.hpp"
#include "report/common/schema_id.hpp"
#include "report/framework/json_schema.hpp"
#include "report/framework/json_schema_builders.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

namespace ladder {

namespace {

using namespace schema;

std::string kind_help(const Vocabularies& words) {
    std::string unstated =
        words.unstated_kind.empty()
            ? " An item that does not say its kind passes no filter on kind."
            : " An item that does not say its kind is " + words.unstated_kind + ".";
    if (words.kinds == Vocabularies::defaults().kinds) {
        return "artifact (a document, a shipped change), testimony (a peer's account) or "
               "sign_off (a manager's confirmation)." +
               unstated;
    }
    return "One of " + join(words.kinds, ", ") + "." + unstated;
}

// --- evidence -----------------------------------------------------------------------------

// An id, or a list of ids and {id, ATTRIBUTE: text...} maps.
Json endorsers() {
    Json id_text = {{"type", "string"}};
    Json with_attributes = {{"type", "object"},
                            {"properties", {{"id", id_text}}},
                            {"required", {"id"}},
                            {"propertyNames", {{"pattern", id_pattern}}},
                            {"additionalProperties", id_text}};
    return described(
        "The people who vouch for it: ids, or maps of an id and free-text "
        "attributes (organisation: acme) that endorsers filters count.",
        {{"oneOf",
          {id_text, {{"type", "array"}, {"items", {{"oneOf", {id_text, with_attributes}}}}}}}});
}

Json evidence_defs(const Vocabularies& words) {
    Json defs = Json::object();
    Json rated =
        closed_object({{"rating", whole_number("The rating, on the framework's scale.", 0, 1000)},
                       {"by", line_text("Who gave the rating (a person id).")},
                       {"date", date("When the rating was given, YYYY-MM-DD.")}},
                      {"rating"});
    defs["rating"] = {
        {"description", "A rating on the scale: a whole number, or {rating, by, date}."},
        {"oneOf", {{{"type", "integer"}, {"minimum", 0}, {"maximum", 1000}}, rated}}};
    defs["evidence_item"] = described(
        "An evidence item: id, type, title and date, plus what it shows.",
        closed_object(
            {{"id", id("Unique in the file, e.g. billing-migration.")},
             {"type", choice("What kind of work the item is.", words.types)},
             {"kind", choice(kind_help(words), words.kinds)},
             {"title", required_line("A one-line title.")},
             {"date", date("When it happened, YYYY-MM-DD (not after the evaluation date).")},
             {"role", choice("The person's role in it.", words.roles)},
             {"scope", choice("How far its impact reached: " + join(words.scopes, " < ") + ".",
                              words.scopes)},
             {"competencies", id_list("Competency ids the item shows.")},
             {"demonstrates", id_list("Criterion ids this item is an example of.")},
             {"tags", text_list("Free-form tags, matched by rule filters.")},
             {"links", text_list("Links to the artifact, e.g. a design doc or a merge request.")},
             {"endorsed_by", endorsers()},
             {"quantity", whole_number("How many of the thing the item records (default 1), "
                                       "counted by rules with count: quantity.",
                                       1, 1000000)}},
            {"id", "type", "title", "date"}));
    defs["exception"] = described(
        "A criterion the promotion board waived or found not applicable.",
        closed_object(
            {{"criterion", id("The criterion id set aside.")},
             {"status", choice("waived or not_applicable.", {"waived", "not_applicable"})},
             {"justification", required_text("Why the board set the criterion aside.")},
             {"approved_by", required_line("Who approved it (a person id).")},
             {"date", date("When it was approved, YYYY-MM-DD.")}},
            {"criterion", "status", "justification", "approved_by"}));
    return defs;
}

// Labels: label id -> one line of text (a number or true/false is read as its text).
Json label_map() {
    Json line = {{"type", "string"}, {"pattern", one_line_pattern}};
    Json scalar = {{"type", Json::array({"number", "boolean"})}};
    return described("Facts about the person for grouping and columns: label -> one line of "
                     "text, e.g. team, manager, location.",
                     {{"type", "object"},
                      {"propertyNames", {{"pattern", id_pattern}}},
                      {"additionalProperties", {{"oneOf", Json::array({line, scalar})}}}});
}

} // namespace

std::string evidence_json_schema(const Vocabularies& vocabularies) {
    Json schema = {
        {"$schema", schema_dialect},
        {"$id", schema_id("evidence")},
        {"title", "ladder evidence file"},
        {"description", "One person's evidence: where they stand, what they want, their ratings "
                        "and evidence items. See docs/formats.md."},
        {"type", "object"},
    };
    schema["properties"] = {
        {"person", described("Who the file is about.",
                             closed_object({{"id", id("The person's id, e.g. E1042.")},
                                            {"name", required_line("The person's name.")}},
                                           {"id", "name"}))},
        {"track", id("The id of the person's current track.")},
        {"level", id("The id of the person's current level.")},
        {"in_level_since", date("The date the person entered the current level, YYYY-MM-DD.")},
        {"joined", date("The date the person joined the organisation (for tenure in "
                        "organisation).")},
        {"history", described("The levels the person held before the current one, each from "
                              "its since date to the next one's.",
                              {{"type", {"array", "null"}},
                               {"items", closed_object({{"level", id("The level id.")},
                                                        {"since", date("When the person "
                                                                       "entered it.")}},
                                                       {"level", "since"})}})},
        {"interests", id_list("Track or level ids the person wants to grow into.")},
        {"ratings", described("Competency id -> rating: a whole number, or {rating, by, date}.",
                              {{"type", "object"},
                               {"propertyNames", {{"pattern", id_pattern}}},
                               {"additionalProperties", def_ref("rating")}})},
        {"completed", id_list("Ids of the programmes the person completed.")},
        {"evidence", described("The evidence items (may be left empty).",
                               {{"type", {"array", "null"}}, {"items", def_ref("evidence_item")}})},
        {"exceptions", described("Criteria the promotion board set aside (may be left empty).",
                                 {{"type", {"array", "null"}}, {"items", def_ref("exception")}})},
        {"labels", label_map()},
        {"trial", described("The trial period of a move across tracks the person is in: the "
                            "level they left (the move goes from it to `level`) and when the "
                            "move started.",
                            closed_object({{"from", id("The level the person moved from.")},
                                           {"since", date("The day the move started.")}},
                                          {"from", "since"}))},
    };
    schema["required"] = {"person", "track", "level", "in_level_since"};
    schema["additionalProperties"] = false;
    schema["$defs"] = evidence_defs(vocabularies);
    return json_text(schema, 2);
}

} // namespace ladder
