#include "load/evidence_loader.hpp"

#include "load/exhaustion_guard.hpp"
#include "load/source_tree.hpp"
#include "yaml/map_reader.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

const std::vector<std::string> person_file_keys = {
    "person",  "track",     "level",    "in_level_since", "joined", "history", "interests",
    "ratings", "completed", "evidence", "exceptions",     "labels", "trial"};

const std::vector<std::string> item_keys = {
    "id",           "type",         "kind", "title", "date",        "role",    "scope",
    "competencies", "demonstrates", "tags", "links", "endorsed_by", "quantity"};

// A word of a vocabulary (the framework's types, kinds, roles, scopes), or `fallback` when it
// is absent or unknown (the unknown one is reported).
std::string read_choice(const MapReader& map, const std::string& key, bool required,
                        const std::vector<std::string>& choices, const std::string& fallback) {
    return map.choice(key, required, choices).value_or(fallback);
}

class EvidenceFileLoader {
public:
    EvidenceFileLoader(const YamlFile& file, const Vocabularies& vocabularies)
        : file_(file), vocabularies_(vocabularies) {}

    std::optional<Person> load(const YamlNode& root) {
        MapReader top(file_, root, "evidence file", person_file_keys);
        if (!top.valid()) {
            return std::nullopt;
        }
        Person person;
        person.file = file_.path();
        if (top.require("person")) {
            MapReader who(file_, top.get("person"), "person", {"id", "name"});
            IdRef id = who.id("id", true).value_or(IdRef{"", who.at()});
            person.id = id.id;
            person.id_where = id.where;
            person.name = who.line("name", true).value_or("");
        }
        person.track = top.id("track", true).value_or(IdRef{"", top.at()});
        person.level = top.id("level", true).value_or(IdRef{"", top.at()});
        person.in_level_since = top.date("in_level_since", true).value_or(Date{});
        person.in_level_since_where =
            top.has("in_level_since") ? file_.at(top.get("in_level_since")) : top.at();
        person.joined = top.date("joined", false);
        person.joined_where = top.has("joined") ? file_.at(top.get("joined")) : top.at();
        top.for_each_item("history", [&](const YamlNode& node) {
            MapReader map(file_, node, "history entry", {"level", "since"});
            auto level = map.id("level", true);
            auto since = map.date("since", true);
            if (level && since) {
                person.history.push_back({*level, *since, file_.at(map.get("since"))});
            }
        });
        std::stable_sort(person.history.begin(), person.history.end(),
                         [](const PastLevel& a, const PastLevel& b) { return a.since < b.since; });
        person.interests = top.id_list("interests");
        person.completed = top.id_list("completed");
        if (top.has("ratings")) {
            person.ratings = read_ratings(top.get("ratings"));
        }
        if (top.has("labels")) {
            person.labels = read_labels(top.get("labels"));
        }
        if (top.has("trial")) {
            person.trial = read_trial(top.get("trial"));
        }
        top.for_each_item("evidence", [&](const YamlNode& node) {
            if (auto item = read_item(node)) {
                person.evidence.push_back(std::move(*item));
            }
        });
        top.for_each_item("exceptions", [&](const YamlNode& node) {
            if (auto exception = read_exception(node)) {
                person.exceptions.push_back(std::move(*exception));
            }
        });
        classify_provenance(person);
        // Evaluation must not depend on the order items were written in.
        std::stable_sort(person.evidence.begin(), person.evidence.end(),
                         [](const EvidenceItem& a, const EvidenceItem& b) { return a.id < b.id; });
        return person;
    }

private:
    std::vector<Rating> read_ratings(const YamlNode& node) {
        std::vector<Rating> ratings;
        if (node.IsNull()) {
            return ratings; // `ratings:` with every line commented out, as in a template
        }
        if (!node.IsMap()) {
            file_.error(node, "wrong-type",
                        fmt::format("ratings: expected a map of competency to rating, found {}",
                                    describe_node(node)));
            return ratings;
        }
        for (const auto& entry : node) {
            auto competency = read_id(file_, entry.first, "ratings");
            if (!competency) {
                continue;
            }
            std::string what = fmt::format("rating of '{}'", competency->id);
            Rating rating;
            rating.competency = *competency;
            rating.by_where = competency->where;
            std::optional<long long> value;
            if (entry.second.IsMap()) {
                MapReader map(file_, entry.second, what, {"rating", "by", "date"});
                value = map.whole_number("rating", true, 0, 1000);
                rating.rated_by = map.line("by", false).value_or("");
                if (map.has("by")) {
                    rating.by_where = file_.at(map.get("by"));
                }
                rating.date = map.date("date", false);
                if (map.has("date")) {
                    rating.date_where = file_.at(map.get("date"));
                }
            } else {
                value = read_whole_number(file_, entry.second, what, 0, 1000);
            }
            if (value) {
                rating.value = static_cast<int>(*value);
                ratings.push_back(std::move(rating));
            }
        }
        return ratings;
    }

    // `labels:` maps a key to one line of text; keys are ids, so that `--by` and the
    // `label.KEY` columns can name them.
    std::vector<PersonLabel> read_labels(const YamlNode& node) {
        std::vector<PersonLabel> labels;
        if (!node.IsMap()) {
            file_.error(node, "wrong-type",
                        fmt::format("labels: expected a map of label to text, found {}",
                                    describe_node(node)));
            return labels;
        }
        for (const auto& entry : node) {
            auto key = read_id(file_, entry.first, "labels");
            if (!key) {
                continue;
            }
            if (!entry.second.IsScalar()) {
                file_.error(entry.second, "wrong-type",
                            fmt::format("label '{}': expected text, found {}", key->id,
                                        describe_node(entry.second)));
                continue;
            }
            std::string what = fmt::format("label '{}'", key->id);
            if (is_single_line(file_, entry.second, what, entry.second.Scalar())) {
                labels.push_back({*key, entry.second.Scalar()});
            }
        }
        std::sort(labels.begin(), labels.end(),
                  [](const auto& a, const auto& b) { return a.key.id < b.key.id; });
        return labels;
    }

    // `trial: {from: IC4, since: 2026-09-01}`: the move from `from` to the person's level.
    std::optional<Trial> read_trial(const YamlNode& node) {
        MapReader map(file_, node, "trial", {"from", "since"});
        if (!map.valid()) {
            return std::nullopt;
        }
        auto from = map.id("from", true);
        auto since = map.date("since", true);
        if (!from || !since) {
            return std::nullopt;
        }
        return Trial{*from, *since, file_.at(map.get("since")), map.at()};
    }

    std::optional<EvidenceItem> read_item(const YamlNode& node) {
        std::string what = "evidence item";
        if (auto id = scalar_under(node, "id")) {
            what = fmt::format("evidence item '{}'", *id);
        }
        MapReader map(file_, node, what, item_keys);
        if (!map.valid()) {
            return std::nullopt;
        }
        EvidenceItem item;
        auto id = map.id("id", true);
        item.id = id ? id->id : "";
        item.where = id ? id->where : map.at();
        item.type = read_choice(map, "type", true, vocabularies_.types, "");
        item.kind =
            read_choice(map, "kind", false, vocabularies_.kinds, vocabularies_.unstated_kind);
        item.title = map.line("title", true).value_or("");
        auto date = map.date("date", true);
        item.date = date.value_or(Date{});
        item.date_where = map.has("date") ? file_.at(map.get("date")) : map.at();
        item.role = read_choice(map, "role", false, vocabularies_.roles, "");
        item.scope = read_choice(map, "scope", false, vocabularies_.scopes, "");
        item.competencies = map.id_list("competencies");
        item.demonstrates = map.id_list("demonstrates");
        item.tags = map.text_list("tags");
        item.links = map.text_list("links");
        if (map.has("endorsed_by")) {
            item.endorsements = read_endorsements(map.get("endorsed_by"));
        }
        item.quantity = map.whole_number("quantity", false, 1, 1000000).value_or(1);
        if (!id || !date) {
            return std::nullopt;
        }
        return item;
    }

    // `endorsed_by`: an id, or a list whose entries are ids or maps of an id and attributes
    // ({id: E7, organisation: acme}).
    std::vector<Endorsement> read_endorsements(const YamlNode& value) {
        std::vector<Endorsement> endorsements;
        if (value.IsNull()) {
            return endorsements;
        }
        if (!value.IsSequence()) {
            if (auto id = read_text(file_, value, "endorsed_by")) {
                endorsements.push_back(endorsement_of(*id, value));
            }
            return endorsements;
        }
        for (const auto& entry : value) {
            if (!entry.IsMap()) {
                if (auto id = read_text(file_, entry, "endorsed_by")) {
                    endorsements.push_back(endorsement_of(*id, entry));
                }
                continue;
            }
            if (auto endorsement = read_endorsement(entry)) {
                endorsements.push_back(std::move(*endorsement));
            }
        }
        return endorsements;
    }

    Endorsement endorsement_of(const std::string& id, const YamlNode& node) const {
        Endorsement endorsement;
        endorsement.id = id;
        endorsement.where = file_.at(node);
        return endorsement;
    }

    std::optional<Endorsement> read_endorsement(const YamlNode& node) {
        Endorsement endorsement;
        endorsement.where = file_.at(node);
        bool has_id = false;
        for (const auto& entry : node) {
            auto key = read_id(file_, entry.first, "endorsement attribute");
            auto value = read_text(
                file_, entry.second,
                fmt::format("endorsement attribute '{}'", key ? key->id : std::string("?")));
            if (!key || !value) {
                continue;
            }
            if (key->id == "id") {
                endorsement.id = *value;
                endorsement.where = file_.at(entry.second);
                has_id = true;
            } else {
                endorsement.attributes[key->id] = *value;
            }
        }
        if (!has_id) {
            file_.error(node, "missing-key",
                        "endorsement: expected an 'id' (who endorsed) beside the attributes, "
                        "found none");
            return std::nullopt;
        }
        return endorsement;
    }

    std::optional<CriterionException> read_exception(const YamlNode& node) {
        MapReader map(file_, node, "exception",
                      {"criterion", "status", "justification", "approved_by", "date"});
        if (!map.valid()) {
            return std::nullopt;
        }
        CriterionException exception;
        auto criterion = map.id("criterion", true);
        std::string status = read_choice(map, "status", true, {"waived", "not_applicable"}, "");
        exception.kind =
            status == "not_applicable" ? ExceptionKind::not_applicable : ExceptionKind::waived;
        exception.justification = map.text("justification", true).value_or("");
        exception.approved_by = map.line("approved_by", true).value_or("");
        exception.approved_by_where =
            map.has("approved_by") ? file_.at(map.get("approved_by")) : map.at();
        exception.date = map.date("date", false);
        exception.date_where = map.has("date") ? file_.at(map.get("date")) : map.at();
        if (!criterion || status.empty() || exception.justification.empty() ||
            exception.approved_by.empty()) {
            return std::nullopt;
        }
        exception.criterion = *criterion;
        return exception;
    }

    const YamlFile& file_;
    const Vocabularies& vocabularies_;
};

} // namespace

std::optional<Person> load_person(const SourceText& source, const InputLimits& limits,
                                  Diagnostics& diagnostics, const Vocabularies& vocabularies) {
    YamlFile file(source.path, diagnostics);
    std::optional<Person> person;
    guard_against_exhaustion(file, "--max-file-size or --max-nodes", [&] {
        if (auto root = parse_source(source, file, limits)) {
            person = EvidenceFileLoader(file, vocabularies).load(*root);
        }
        return person.has_value();
    });
    return person;
}

} // namespace ladder
