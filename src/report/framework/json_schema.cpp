#include "report/framework/json_schema.hpp"

#include "model/person.hpp"
#include "report/common/schema_id.hpp"
#include "report/framework/json_schema_builders.hpp"
#include "rules/evidence_filter.hpp"
#include "rules/rule_kinds.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace ladder {

namespace {

using namespace schema;

// --- criteria -----------------------------------------------------------------------------

// `people: counted:` lists: where a statement comes from (model/provenance.hpp); a person never
// endorses or approves for themselves, so only ratings take self_assessed and unattributed.
Json provenance_list(bool ratings) {
    Json words = Json::array({"confirmed", "claimed"});
    if (ratings) {
        words.push_back("self_assessed");
        words.push_back("unattributed");
    }
    return described(ratings ? "The ratings that count, by where they come from."
                             : "Which count, by where they come from: confirmed (in the "
                               "endorser's or approver's own statements file), claimed (only "
                               "in the person's file).",
                     {{"type", "array"}, {"items", {{"enum", words}}}, {"uniqueItems", true}});
}

// The filters of `evidence` and `demonstrated` rules, in EvidenceFilter::keys() order.
Json filter_properties(const Vocabularies& words) {
    std::map<std::string, Json> filters = {
        {"type", choice_list("Item type, or a list of types (an item of any of them passes).",
                             words.types)},
        {"kind", choice_list("Item kind (" + join(words.kinds, ", ") + "), or a list of kinds.",
                             words.kinds)},
        {"role", choice_list("The person's role in the item, or a list of roles.", words.roles)},
        {"min_scope",
         choice("At least this scope: " + join(words.scopes, " < ") + ".", words.scopes)},
        {"competency", id("The item must list this competency id in its competencies.")},
        {"tags", text_list("The item must have every one of these tags.")},
        {"within_months",
         whole_number("Dated within this many months before the evaluation date (the day exactly "
                      "N months back counts).",
                      1, 1200)},
        {"min_endorsers",
         whole_number("Endorsed by at least this many distinct people (endorsed_by).", 0, 1000)},
        {"endorsers",
         described("Counts the item's endorsers by their attributes: at least at_least of those "
                   "with the with values, or of distinct values of one attribute.",
                   closed_object(
                       {{"at_least", whole_number("How many (default 1).", 1, 1000)},
                        {"distinct", id("Count distinct values of this attribute, e.g. "
                                        "organisation.")},
                        {"with", described("Attribute values an endorser must have to count.",
                                           {{"type", "object"},
                                            {"propertyNames", {{"pattern", id_pattern}}},
                                            {"additionalProperties", {{"type", "string"}}}})}}))},
    };
    Json properties = Json::object();
    for (const auto& key : EvidenceFilter::keys()) {
        auto it = filters.find(key);
        if (it == filters.end()) {
            throw std::logic_error("JSON schema: no schema for the evidence filter '" + key + "'");
        }
        properties[key] = it->second;
    }
    return properties;
}

// A counting rule's filters, plus how many, `any_of` filter sets and what to count.
Json counting_properties(const Vocabularies& words) {
    Json properties = Json::object();
    properties["at_least"] =
        whole_number("How many items (or quantities) must pass (default 1).", 1, 1000);
    Json filters = filter_properties(words);
    for (const auto& [key, value] : filters.items()) {
        properties[key] = value;
    }
    properties["any_of"] = described(
        "Filter sets: an item must also pass at least one of them.",
        {{"type", "array"}, {"minItems", 1}, {"items", closed_object(filter_properties(words))}});
    properties["count"] = choice("items (each item counts 1, the default) or quantity (each "
                                 "item counts its quantity).",
                                 {"items", "quantity"});
    return properties;
}

Json words_list(std::string_view description) {
    return described(
        description,
        {{"type", "array"}, {"minItems", 1}, {"uniqueItems", true}, {"items", id_value()}});
}

Json rule_list(std::string_view description) {
    return described(description, {{"type", "array"}, {"minItems", 1}, {"items", def_ref("rule")}});
}

// The schema of each rule kind's value, keyed by kind name (see rules/*_rule.cpp).
std::map<std::string, Json> rule_value_schemas(const Vocabularies& words) {
    std::map<std::string, Json> rules;
    rules["rating"] = described(
        "Met when the person's rating in the competency is at least min.",
        closed_object(
            {{"competency", id("The competency id.")},
             {"min", whole_number("The lowest rating that meets it (on the scale).", 0, 1000)}},
            {"competency", "min"}));
    rules["points"] = described(
        "Met when the sum of the person's ratings (over competencies, or all) is at least min; "
        "a rating counts its step's points where the scale gives them.",
        closed_object(
            {{"min", whole_number("The lowest sum that meets it.", 1, 100000)},
             {"competencies", id_list("The competency ids to add up (default: all of them).")}},
            {"min"}));
    rules["evidence"] =
        described("Met when at least at_least evidence items pass every filter given.",
                  closed_object(counting_properties(words)));
    rules["demonstrated"] =
        described("Met when at least at_least evidence items name this criterion in "
                  "demonstrates and pass every filter given.",
                  closed_object(counting_properties(words)));
    Json tenure = closed_object(
        {{"months", whole_number("Whole months needed.", 1, 1200)},
         {"in", choice("level (since in_level_since, the default) or organisation (since "
                       "joined).",
                       {"level", "organisation"})},
         {"level", id("A level id: months at that level, over the person's history.")},
         {"track", id("A track id: months on that track, over the person's history.")}},
        {"months"});
    tenure["maxProperties"] = 2; // months and at most one of in, level, track
    rules["tenure"] = described("Met after this many whole months in the current level, in the "
                                "organisation, at a named level or on a track.",
                                tenure);
    rules["completed"] =
        described("Met when the programme is in the person's completed list.",
                  closed_object({{"programme", id("The programme id.")}}, {"programme"}));
    Json interest =
        closed_object({{"track", id("The track id.")}, {"level", id("The level id (a role).")}});
    interest["minProperties"] = 1;
    interest["maxProperties"] = 1;
    rules["interest"] = described(
        "Met when the person declared interest in the track or level (interests).", interest);
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
        {"title", required_line("A short name for the criterion.")},
        {"description", required_text("What the criterion means, for humans (required: this is "
                                      "what makes criteria transparent).")},
        {"guidance", text("How to close the gap: training, mentoring, kinds of projects "
                          "(a warning if missing).")},
        {"required", boolean("Whether the level needs it to be met (default true).")},
        {"competency", id("The competency the criterion belongs to (its guidance is the "
                          "default); default: the one competency its rule rates, if any.")},
        {"weight", described("Its weight in the progress share (default 1).",
                             {{"type", "number"}, {"exclusiveMinimum", 0}, {"maximum", 1000}})},
        {"entry_gate", boolean("Asked only of people moving into the level (an interview, a "
                               "panel), not of those in it (default false).")},
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

Json criteria_defs(const Vocabularies& words) {
    Json defs = Json::object();
    defs["competency"] = described(
        "A competency: name, description, and optionally what each rating means.",
        closed_object({{"name", required_line("The competency's name, e.g. Technical depth.")},
                       {"description", required_text("What the competency covers.")},
                       {"guidance", text("Default guidance for the criteria of this competency "
                                         "that give none.")},
                       {"ratings", rating_map("Optional: what each rating means (keys from the "
                                              "scale).",
                                              "What this rating means in this competency.")}},
                      {"name", "description"}));
    defs["track"] = described(
        "A track: its name and description.",
        closed_object({{"name", required_line("The track's name, e.g. Individual "
                                              "contributor.")},
                       {"description", text("What the track is about.")},
                       {"forks_from", id("A level of another track: this track shares that "
                                         "track's levels up to and including it, then continues "
                                         "with its own.")}},
                      {"name"}));
    defs["programme"] = described(
        "A programme or training that completed rules may name.",
        closed_object({{"name", required_line("The programme's name, e.g. Manager foundations.")},
                       {"description", text("What the programme is.")}},
                      {"name"}));
    defs["criteria"] =
        described("A list of criteria.", {{"type", "array"}, {"items", def_ref("criterion")}});
    Json level = closed_object(
        {{"id", id("The level id, unique over all levels, e.g. IC4.")},
         {"track", id("The id of the level's track.")},
         {"title", required_line("The level's title, e.g. Staff Engineer.")},
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
             {"includes",
              id_list("Whose criteria apply besides the move's own: 'target' (the level moved "
                      "into), level ids, or 'none' (the move's own only, the default).")},
             {"criteria",
              def_ref("criteria", "Extra criteria for the move, same shape as a level's.")}},
            {"from", "to"}));
    defs["criterion"] = criterion_schema();
    defs["rule"] = rule_schema();
    auto values = rule_value_schemas(words);
    for (const auto& kind : rule_kind_names()) {
        auto it = values.find(kind);
        if (it == values.end()) {
            throw std::logic_error("JSON schema: no schema for the rule kind '" + kind + "'");
        }
        defs[rule_def_name(kind)] = it->second;
    }
    return defs;
}

} // namespace

std::string criteria_json_schema(const Vocabularies& vocabularies) {
    Json schema = {
        {"$schema", schema_dialect},
        {"$id", schema_id("criteria")},
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
                        {"name", required_line("The framework's name.")},
                        {"version", required_line("The framework's version (quote it: "
                                                  "it is text), e.g. \"2026.1\".")},
                        {"description", text("What the framework is about.")},
                        {"guidance", text("Default guidance for criteria that give none and "
                                          "whose competency gives none.")},
                        {"checks", closed_object({{"disable", id_list("Warning codes to switch "
                                                                      "off for the whole "
                                                                      "framework, e.g. "
                                                                      "no-guidance.")}})}},
                       {"id", "name", "version"}))},
        {"scale",
         [] {
             Json scale = rating_map("The rating scale: consecutive whole numbers to their "
                                     "labels (or {label, points}); exactly one file defines it.",
                                     "The label of this rating, e.g. Proficient.");
             Json label = scale["additionalProperties"];
             Json with_points = closed_object(
                 {{"label", label},
                  {"points", whole_number("What the step is worth to points rules (every step "
                                          "or none; never less than the step below).",
                                          0, 100000)}},
                 {"label"});
             scale["additionalProperties"] = {{"oneOf", {label, with_points}}};
             scale["minProperties"] = 2;
             return scale;
         }()},
        {"vocabularies",
         described("The framework's own words for evidence items (each list optional; default: "
                   "the built-in lists); exactly one file defines it.",
                   closed_object({{"types", words_list("Item types.")},
                                  {"kinds", words_list("Item kinds.")},
                                  {"roles", words_list("The person's roles in an item.")},
                                  {"scopes", words_list("Scopes, smallest first.")},
                                  {"unstated_kind",
                                   described("The kind of an item that does not say one (one "
                                             "of kinds). Unset: such an item passes no filter "
                                             "on kind.",
                                             {{"type", "string"}})}}))},
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
         described("What the framework expects of the people it judges.",
                   closed_object(
                       {{"labels", id_list("The labels evidence files may carry (a label not "
                                           "listed is an error); none listed: any label.")},
                        {"approvers", text_list("Ids of the people who may approve an "
                                                "exception.")},
                        {"attributes", id_list("Roster columns that describe an endorser (role, "
                                               "organisation), counted by the endorsers filter.")},
                        {"approver_labels",
                         id_list("Labels whose value names who may approve the person's "
                                 "exceptions, e.g. manager.")},
                        {"counted",
                         described("Which statements about a person count toward a verdict, "
                                   "by where they come from (docs/formats.md, \"Who said "
                                   "so\").",
                                   closed_object({{"ratings", provenance_list(true)},
                                                  {"endorsements", provenance_list(false)},
                                                  {"approvals", provenance_list(false)}}))}}))},
    };
    schema["additionalProperties"] = false;
    schema["$defs"] = criteria_defs(vocabularies);
    return json_text(schema, 2);
}

} // namespace ladder
