#include "report/framework/json_schema.hpp"

#include "model/person.hpp"
#include "rules/evidence_filter.hpp"
#include "rules/rule_kinds.hpp"
#include "util/text.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace ladder {

namespace {

using Json = nlohmann::ordered_json;

const char* const schema_dialect = "https://json-schema.org/draft/2020-12/schema";
const char* const id_pattern = "^[A-Za-z0-9._-]+$";
const char* const framework_id_pattern = "^[a-z0-9_-]+$";
const char* const date_pattern = "^\\d{4}-\\d{2}-\\d{2}$";
// A rating as a map key (the scale, a competency's ratings): a whole number from 0 to 100.
const char* const rating_key_pattern = "^(0|[1-9][0-9]?|100)$";

// `schema` with `description` as its first key, so editors and readers see it first.
Json described(std::string_view description, const Json& schema) {
    Json result = Json::object();
    result["description"] = description;
    for (const auto& [key, value] : schema.items()) {
        result[key] = value;
    }
    return result;
}

Json def_ref(std::string_view name) {
    return {{"$ref", "#/$defs/" + std::string(name)}};
}

Json def_ref(std::string_view name, std::string_view description) {
    return described(description, def_ref(name));
}

Json text(std::string_view description) {
    return described(description, {{"type", "string"}});
}

// Required text must not be empty either.
Json required_text(std::string_view description) {
    return described(description, {{"type", "string"}, {"minLength", 1}});
}

Json id_value() {
    return {{"type", "string"}, {"pattern", id_pattern}};
}

Json id(std::string_view description) {
    return described(description, id_value());
}

// An id or a list of ids (the loaders accept both wherever they read a list of ids).
Json id_list(std::string_view description) {
    return described(description,
                     {{"oneOf", {id_value(), {{"type", "array"}, {"items", id_value()}}}}});
}

Json text_list(std::string_view description) {
    Json text_value = {{"type", "string"}};
    return described(description,
                     {{"oneOf", {text_value, {{"type", "array"}, {"items", text_value}}}}});
}

Json choice_value(const std::vector<std::string>& choices) {
    return {{"type", "string"}, {"enum", choices}};
}

Json choice(std::string_view description, const std::vector<std::string>& choices) {
    return described(description, choice_value(choices));
}

// One of a vocabulary, or a list of them ("any of these").
Json choice_list(std::string_view description, const std::vector<std::string>& choices) {
    return described(description, {{"oneOf",
                                    {choice_value(choices),
                                     {{"type", "array"}, {"items", choice_value(choices)}}}}});
}

Json whole_number(std::string_view description, long long min, long long max) {
    return described(description, {{"type", "integer"}, {"minimum", min}, {"maximum", max}});
}

Json date(std::string_view description) {
    return described(description,
                     {{"type", "string"}, {"format", "date"}, {"pattern", date_pattern}});
}

Json boolean(std::string_view description) {
    return described(description, {{"type", "boolean"}});
}

Json closed_object(Json properties, std::vector<std::string> required = {}) {
    Json object = {{"type", "object"}, {"properties", std::move(properties)}};
    if (!required.empty()) {
        object["required"] = std::move(required);
    }
    object["additionalProperties"] = false;
    return object;
}

// A map whose keys are ids and whose values follow the $defs entry `value`.
Json id_map(std::string_view description, std::string_view value) {
    return described(description, {{"type", "object"},
                                   {"propertyNames", {{"pattern", id_pattern}}},
                                   {"additionalProperties", def_ref(value)}});
}

// A map of rating (a whole number) to text: the scale, or what each rating of a competency means.
Json rating_map(std::string_view description, std::string_view value_description) {
    return described(description, {{"type", "object"},
                                   {"propertyNames", {{"pattern", rating_key_pattern}}},
                                   {"additionalProperties", text(value_description)}});
}

// --- criteria -----------------------------------------------------------------------------

// The filters of `evidence` and `demonstrated` rules, in EvidenceFilter::keys() order.
Json filter_properties() {
    std::map<std::string, Json> filters = {
        {"type", choice_list("Item type, or a list of types (an item of any of them passes).",
                             evidence_types())},
        {"kind", choice_list("Item kind (artifact, testimony, sign_off), or a list of kinds.",
                             evidence_kinds())},
        {"role",
         choice_list("The person's role in the item, or a list of roles.", evidence_roles())},
        {"min_scope",
         choice("At least this scope: " + join(evidence_scopes(), " < ") + ".", evidence_scopes())},
        {"competency", id("The item must list this competency id in its competencies.")},
        {"tags", text_list("The item must have every one of these tags.")},
        {"within_months",
         whole_number("Dated within this many months before the evaluation date (the day exactly "
                      "N months back counts).",
                      1, 1200)},
        {"min_endorsers",
         whole_number("Endorsed by at least this many distinct people (endorsed_by).", 0, 1000)},
    };
    Json properties = Json::object();
    properties["at_least"] = whole_number("How many items must pass (default 1).", 1, 1000);
    for (const auto& key : EvidenceFilter::keys()) {
        auto it = filters.find(key);
        if (it == filters.end()) {
            throw std::logic_error("JSON schema: no schema for the evidence filter '" + key + "'");
        }
        properties[key] = it->second;
    }
    return properties;
}

Json rule_list(std::string_view description) {
    return described(description, {{"type", "array"}, {"minItems", 1}, {"items", def_ref("rule")}});
}

// The schema of each rule kind's value, keyed by kind name (see rules/*_rule.cpp).
std::map<std::string, Json> rule_value_schemas() {
    std::map<std::string, Json> rules;
    rules["rating"] = described(
        "Met when the person's rating in the competency is at least min.",
        closed_object(
            {{"competency", id("The competency id.")},
             {"min", whole_number("The lowest rating that meets it (on the scale).", 0, 1000)}},
            {"competency", "min"}));
    rules["points"] = described(
        "Met when the sum of the person's ratings (over competencies, or all) is at least min.",
        closed_object(
            {{"min", whole_number("The lowest sum of ratings that meets it.", 1, 100000)},
             {"competencies", id_list("The competency ids to add up (default: all of them).")}},
            {"min"}));
    rules["evidence"] =
        described("Met when at least at_least evidence items pass every filter given.",
                  closed_object(filter_properties()));
    rules["demonstrated"] =
        described("Met when at least at_least evidence items name this criterion in "
                  "demonstrates and pass every filter given.",
                  closed_object(filter_properties()));
    rules["tenure"] = described(
        "Met after this many whole months in the current level (or in the organisation).",
        closed_object(
            {{"months", whole_number("Whole months needed.", 1, 1200)},
             {"in", choice("level (since in_level_since, the default) or organisation (since "
                           "joined).",
                           {"level", "organisation"})}},
            {"months"}));
    rules["completed"] =
        described("Met when the programme is in the person's completed list.",
                  closed_object({{"programme", id("The programme id.")}}, {"programme"}));
    rules["interest"] = described("Met when the person declared interest in the track (interests).",
                                  closed_object({{"track", id("The track id.")}}, {"track"}));
    rules["all_of"] = rule_list("Met when every rule of the list is met.");
    rules["any_of"] = rule_list("Met when at least one rule of the list is met.");
    rules["at_least"] = described(
        "Met when at least count of the rules in of are met.",
        closed_object({{"count", whole_number("How many of the rules must be met.", 1, 1000)},
                       {"of", rule_list("The rules to choose from.")}},
                      {"count", "of"}));
    return rules;
}

std::string rule_def_name(const std::string& kind) {
    return kind + "_rule";
}

Json criterion_schema() {
    Json properties = {
        {"id", id("Unique over the whole framework, e.g. ic4-cross-team-lead.")},
        {"title", required_text("A short name for the criterion.")},
        {"description", required_text("What the criterion means, for humans (required: this is "
                                      "what makes criteria transparent).")},
        {"guidance", text("How to close the gap: training, mentoring, kinds of projects "
                          "(a warning if missing).")},
        {"required", boolean("Whether the level needs it to be met (default true).")},
        {"weight", described("Its weight in the progress share (default 1).",
                             {{"type", "number"}, {"exclusiveMinimum", 0}, {"maximum", 1000}})},
    };
    Json one_rule = Json::array();
    for (const auto& kind : rule_kind_names()) {
        properties[kind] = def_ref(rule_def_name(kind));
        one_rule.push_back({{"required", Json::array({kind})}});
    }
    Json criterion = described("A criterion: id, title, description and exactly one rule key.",
                               closed_object(properties, {"id", "title", "description"}));
    criterion["oneOf"] = one_rule;
    return criterion;
}

Json rule_schema() {
    Json options = Json::array();
    for (const auto& kind : rule_kind_names()) {
        options.push_back(closed_object({{kind, def_ref(rule_def_name(kind))}}, {kind}));
    }
    return {{"description", "A rule inside all_of, any_of or at_least: a map with exactly one "
                            "rule key (no id, title or description)."},
            {"oneOf", options}};
}

Json criteria_defs() {
    Json defs = Json::object();
    defs["competency"] = described(
        "A competency: name, description, and optionally what each rating means.",
        closed_object({{"name", required_text("The competency's name, e.g. Technical depth.")},
                       {"description", required_text("What the competency covers.")},
                       {"ratings", rating_map("Optional: what each rating means (keys from the "
                                              "scale).",
                                              "What this rating means in this competency.")}},
                      {"name", "description"}));
    defs["track"] =
        described("A track: its name and description.",
                  closed_object({{"name", required_text("The track's name, e.g. Individual "
                                                        "contributor.")},
                                 {"description", text("What the track is about.")}},
                                {"name"}));
    defs["programme"] = described(
        "A programme or training that completed rules may name.",
        closed_object({{"name", required_text("The programme's name, e.g. Manager foundations.")},
                       {"description", text("What the programme is.")}},
                      {"name"}));
    defs["criteria"] =
        described("A list of criteria.", {{"type", "array"}, {"items", def_ref("criterion")}});
    Json level = closed_object(
        {{"id", id("The level id, unique over all levels, e.g. IC4.")},
         {"track", id("The id of the level's track.")},
         {"title", required_text("The level's title, e.g. Staff Engineer.")},
         {"band", whole_number("The pay band; the same band on two tracks means equal standing "
                               "and pay.",
                               1, 1000)},
         {"includes", id_list("A level id or a list of them whose criteria apply too.")},
         {"summary", required_text("What a person at this level does, in a few sentences.")},
         {"criteria", def_ref("criteria", "The level's criteria (may be empty only if the level "
                                          "includes another).")}},
        {"id", "track", "title", "band", "summary"});
    level["anyOf"] = Json::array({{{"required", Json::array({"includes"})}},
                                  {{"required", Json::array({"criteria"})},
                                   {"properties", {{"criteria", {{"minItems", 1}}}}}}});
    defs["level"] = described("A level: its track, title, band, summary and criteria.", level);
    defs["transition"] = described(
        "A cross-track move: from, to, trial period and extra criteria.",
        closed_object(
            {{"from", id("The level id the move starts from.")},
             {"to", id("The level id the move goes to, on another track.")},
             {"summary", text("What the move means and how it is supported.")},
             {"trial_months", whole_number("Length of the trial period in months.", 0, 120)},
             {"reversible", boolean("Whether the person can move back (default false).")},
             {"criteria",
              def_ref("criteria", "Extra criteria for the move, same shape as a level's.")}},
            {"from", "to"}));
    defs["criterion"] = criterion_schema();
    defs["rule"] = rule_schema();
    auto values = rule_value_schemas();
    for (const auto& kind : rule_kind_names()) {
        auto it = values.find(kind);
        if (it == values.end()) {
            throw std::logic_error("JSON schema: no schema for the rule kind '" + kind + "'");
        }
        defs[rule_def_name(kind)] = it->second;
    }
    return defs;
}

// --- evidence -----------------------------------------------------------------------------

Json evidence_defs() {
    Json defs = Json::object();
    Json rated =
        closed_object({{"rating", whole_number("The rating, on the framework's scale.", 0, 1000)},
                       {"by", text("Who gave the rating (a person id).")},
                       {"date", date("When the rating was given, YYYY-MM-DD.")}},
                      {"rating"});
    defs["rating"] = {
        {"description", "A rating on the scale: a whole number, or {rating, by, date}."},
        {"oneOf", {{{"type", "integer"}, {"minimum", 0}, {"maximum", 1000}}, rated}}};
    defs["evidence_item"] = described(
        "An evidence item: id, type, title and date, plus what it shows.",
        closed_object(
            {{"id", id("Unique in the file, e.g. billing-migration.")},
             {"type", choice("What kind of work the item is.", evidence_types())},
             {"kind", choice("artifact (a document, a shipped change; the default), testimony (a "
                             "peer's account) or sign_off (a manager's confirmation).",
                             evidence_kinds())},
             {"title", required_text("A one-line title.")},
             {"date", date("When it happened, YYYY-MM-DD (not after the evaluation date).")},
             {"role", choice("The person's role in it.", evidence_roles())},
             {"scope", choice("How far its impact reached: " + join(evidence_scopes(), " < ") + ".",
                              evidence_scopes())},
             {"competencies", id_list("Competency ids the item shows.")},
             {"demonstrates", id_list("Criterion ids this item is an example of.")},
             {"tags", text_list("Free-form tags, matched by rule filters.")},
             {"links", text_list("Links to the artifact, e.g. a design doc or a merge request.")},
             {"endorsed_by", text_list("Ids of the people who vouch for it.")}},
            {"id", "type", "title", "date"}));
    defs["exception"] = described(
        "A criterion the promotion board waived or found not applicable.",
        closed_object(
            {{"criterion", id("The criterion id set aside.")},
             {"status", choice("waived or not_applicable.", {"waived", "not_applicable"})},
             {"justification", required_text("Why the board set the criterion aside.")},
             {"approved_by", required_text("Who approved it (a person id).")},
             {"date", date("When it was approved, YYYY-MM-DD.")}},
            {"criterion", "status", "justification", "approved_by"}));
    return defs;
}

} // namespace

std::string criteria_json_schema() {
    Json schema = {
        {"$schema", schema_dialect},
        {"$id", "https://ladder.example/schema/criteria.json"},
        {"title", "ladder criteria file"},
        {"description",
         "A career framework, or part of one: a directory's files are merged, so no top-level key "
         "is required here. Across the files exactly one defines framework and scale, and "
         "competencies, tracks and levels must be given. See docs/formats.md."},
        {"type", "object"},
    };
    schema["properties"] = {
        {"framework",
         described("The framework's identity; exactly one file defines it.",
                   closed_object(
                       {{"id", described("The framework id: lower-case letters, "
                                         "digits, '_' and '-'.",
                                         {{"type", "string"}, {"pattern", framework_id_pattern}})},
                        {"name", required_text("The framework's name.")},
                        {"version", required_text("The framework's version (quote it: "
                                                  "it is text), e.g. \"2026.1\".")},
                        {"description", text("What the framework is about.")}},
                       {"id", "name", "version"}))},
        {"scale",
         [] {
             Json scale = rating_map("The rating scale: consecutive whole numbers to their "
                                     "labels; exactly one file defines it.",
                                     "The label of this rating, e.g. Proficient.");
             scale["minProperties"] = 2;
             return scale;
         }()},
        {"competencies",
         id_map("Competency id -> its name, description and rating meanings.", "competency")},
        {"tracks", id_map("Track id -> its name and description, e.g. ic, management.", "track")},
        {"programmes",
         id_map("Programme id -> its name and description (programmes completed rules name).",
                "programme")},
        {"levels",
         described("The levels of the tracks.", {{"type", "array"}, {"items", def_ref("level")}})},
        {"transitions", described("Cross-track moves, e.g. IC4 -> M1.",
                                  {{"type", "array"}, {"items", def_ref("transition")}})},
        {"people",
         described(
             "What the framework expects of the people it judges.",
             closed_object({{"labels", id_list("The labels evidence files may carry (a label not "
                                               "listed is an error); none listed: any label.")},
                            {"approvers", text_list("Ids of the people who may approve an "
                                                    "exception.")},
                            {"approver_labels",
                             id_list("Labels whose value names who may approve the person's "
                                     "exceptions, e.g. manager.")}}))},
    };
    schema["additionalProperties"] = false;
    schema["$defs"] = criteria_defs();
    return schema.dump(2);
}

std::string evidence_json_schema() {
    Json schema = {
        {"$schema", schema_dialect},
        {"$id", "https://ladder.example/schema/evidence.json"},
        {"title", "ladder evidence file"},
        {"description", "One person's evidence: where they stand, what they want, their ratings "
                        "and evidence items. See docs/formats.md."},
        {"type", "object"},
    };
    schema["properties"] = {
        {"person", described("Who the file is about.",
                             closed_object({{"id", id("The person's id, e.g. E1042.")},
                                            {"name", required_text("The person's name.")}},
                                           {"id", "name"}))},
        {"track", id("The id of the person's current track.")},
        {"level", id("The id of the person's current level.")},
        {"in_level_since", date("The date the person entered the current level, YYYY-MM-DD.")},
        {"joined", date("The date the person joined the organisation (for tenure in "
                        "organisation).")},
        {"interests", id_list("Track ids the person wants to grow on.")},
        {"ratings", described("Competency id -> rating: a whole number, or {rating, by, date}.",
                              {{"type", "object"},
                               {"propertyNames", {{"pattern", id_pattern}}},
                               {"additionalProperties", def_ref("rating")}})},
        {"completed", id_list("Ids of the programmes the person completed.")},
        {"evidence", described("The evidence items (may be left empty).",
                               {{"type", {"array", "null"}}, {"items", def_ref("evidence_item")}})},
        {"exceptions", described("Criteria the promotion board set aside (may be left empty).",
                                 {{"type", {"array", "null"}}, {"items", def_ref("exception")}})},
        {"labels",
         described("Facts about the person for grouping and columns: label -> text, "
                   "e.g. team, manager, location.",
                   {{"type", "object"},
                    {"propertyNames", {{"pattern", id_pattern}}},
                    {"additionalProperties", {{"type", {"string", "number", "boolean"}}}}})},
    };
    schema["required"] = {"person", "track", "level", "in_level_since"};
    schema["additionalProperties"] = false;
    schema["$defs"] = evidence_defs();
    return schema.dump(2);
}

} // namespace ladder
