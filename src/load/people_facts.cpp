#include "load/people_facts.hpp"

#include "util/text.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace ladder {

namespace {

// A person's id that is not on the roster: a suggestion from its spelling alone. People's ids
// are no series, so did_you_mean's "the lowest is 'E0001'" would say nothing.
std::string suggested_person(std::string_view id, const std::vector<std::string>& ids) {
    auto match = closest_match(id, ids);
    return match ? fmt::format(" (did you mean '{}'?)", *match) : std::string();
}

// Columns every roster may have, whatever labels the framework lists.
const std::vector<std::string>& standard_columns() {
    static const std::vector<std::string> columns = {"id", "name", "manager", "status"};
    return columns;
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string where_in_words(const Location& where) {
    return fmt::format("{}:{}", where.file, where.line);
}

// One person's facts from outside their file, applied in order: the roster, then statements,
// then the ids compared, then what counts.
class FactsApplier {
public:
    FactsApplier(const Framework& framework, const PeopleFacts& facts, Person& person,
                 Diagnostics& diagnostics)
        : framework_(framework), facts_(facts), person_(person), diagnostics_(diagnostics) {}

    void apply() {
        if (facts_.roster) {
            apply_roster(*facts_.roster);
        }
        for (const StatementsAbout* about : facts_.statements.about_person(person_.id)) {
            apply_statements(*about);
        }
        compare_ids();
        const PeoplePolicy& policy = framework_.people;
        settle_counted(person_, policy.counted_ratings, policy.counted_endorsements,
                       policy.counted_approvals);
    }

private:
    void apply_roster(const Roster& roster) {
        const RosterPerson* entry = roster.find(person_.id);
        if (entry == nullptr) {
            if (!person_.id.empty() && !roster.find_ignoring_case(person_.id)) {
                diagnostics_.error(person_.id_where, "not-on-roster",
                                   fmt::format("person '{}': expected an id on the roster {}, "
                                               "found none{}",
                                               person_.id, roster.file,
                                               suggested_person(person_.id, roster.ids())));
            }
            return; // a case mismatch is reported by compare_ids
        }
        take_labels(roster, *entry);
        for (auto& item : person_.evidence) {
            for (auto& endorsement : item.endorsements) {
                if (const RosterPerson* endorser = roster.find(endorsement.id)) {
                    take_attributes(*endorser, endorsement);
                }
            }
        }
    }

    // The roster's columns replace the file's labels of the same names (an empty cell is no
    // label); labels of names the roster has no column for stay as the file gives them.
    void take_labels(const Roster& roster, const RosterPerson& entry) {
        std::vector<PersonLabel> labels;
        for (const auto& label : person_.labels) {
            if (!contains(roster.columns, label.key.id)) {
                labels.push_back(label);
                continue;
            }
            auto fact = entry.facts.find(label.key.id);
            if (fact == entry.facts.end() || fact->second != label.value) {
                diagnostics_.warning(
                    label.key.where, "roster-disagrees",
                    fmt::format("label '{}' is '{}' here, but the roster ({}) says {}; the "
                                "roster's value is used",
                                label.key.id, visible_text(label.value),
                                where_in_words(entry.where),
                                fact == entry.facts.end() ? std::string("nothing")
                                                          : "'" + fact->second + "'"));
            }
        }
        for (const auto& [key, value] : entry.facts) {
            if (!contains(framework_.people.attributes, key)) {
                labels.push_back({{key, entry.fact_where.at(key)}, value});
            }
        }
        std::sort(labels.begin(), labels.end(),
                  [](const PersonLabel& a, const PersonLabel& b) { return a.key.id < b.key.id; });
        person_.labels = std::move(labels);
    }

    // An endorser on the roster has the roster's facts as attributes, whatever the file says.
    void take_attributes(const RosterPerson& endorser, Endorsement& endorsement) {
        for (const auto& [key, value] : endorser.facts) {
            auto it = endorsement.attributes.find(key);
            if (it != endorsement.attributes.end() && it->second != value) {
                diagnostics_.warning(endorsement.where, "roster-disagrees",
                                     fmt::format("endorser {}: '{}' is '{}' here, but the roster "
                                                 "({}) says '{}'; the roster's value is used",
                                                 endorsement.id, key, visible_text(it->second),
                                                 where_in_words(endorser.where), value));
            }
            endorsement.attributes[key] = value;
        }
    }

    void apply_statements(const StatementsAbout& about) {
        for (const auto& stated : about.ratings) {
            take_rating(about.author, stated);
        }
        if (about.author.id == person_.id) {
            return; // endorsing or approving for oneself: an error of the statements file
        }
        for (const auto& item_id : about.endorses) {
            take_endorsement(about.author, item_id);
        }
        for (const auto& criterion : about.approves) {
            take_approval(about.author, criterion);
        }
    }

    void take_rating(const IdRef& author, const StatedRating& stated) {
        bool self = author.id == person_.id;
        auto it =
            std::find_if(person_.ratings.begin(), person_.ratings.end(), [&](const Rating& r) {
                return r.competency.id == stated.competency.id &&
                       (r.rated_by == author.id ||
                        (self && r.provenance == Provenance::self_assessed));
            });
        if (it == person_.ratings.end()) {
            Rating rating;
            rating.competency = stated.competency;
            rating.value = stated.value;
            rating.rated_by = author.id;
            rating.date = stated.date;
            rating.date_where = stated.date_where;
            rating.provenance = self ? Provenance::self_assessed : Provenance::confirmed;
            rating.by_where = stated.competency.where;
            rating.confirmed_at = stated.competency.where;
            person_.ratings.push_back(std::move(rating));
            return;
        }
        if (it->value != stated.value) {
            diagnostics_.warning(it->by_where, "statement-disagrees",
                                 fmt::format("the rating of '{}' by {} is {} here, but {}'s "
                                             "statements ({}) say {}; the statement is used",
                                             stated.competency.id, author.id, it->value, author.id,
                                             where_in_words(stated.competency.where),
                                             stated.value));
            it->value = stated.value;
        }
        if (stated.date) {
            it->date = stated.date;
            it->date_where = stated.date_where;
        }
        if (!self) {
            it->provenance = Provenance::confirmed;
            it->confirmed_at = stated.competency.where;
        }
    }

    void take_endorsement(const IdRef& author, const IdRef& item_id) {
        auto item = std::find_if(person_.evidence.begin(), person_.evidence.end(),
                                 [&](const EvidenceItem& i) { return i.id == item_id.id; });
        if (item == person_.evidence.end()) {
            std::vector<std::string> ids;
            for (const auto& i : person_.evidence) {
                ids.push_back(i.id);
            }
            diagnostics_.warning(item_id.where, "unknown-item",
                                 fmt::format("{} endorses '{}' of {}, whose file ({}) has no such "
                                             "item{}; the endorsement is not used",
                                             author.id, item_id.id, person_.id, person_.file,
                                             did_you_mean(item_id.id, ids)));
            return;
        }
        auto endorsement = std::find_if(item->endorsements.begin(), item->endorsements.end(),
                                        [&](const Endorsement& e) { return e.id == author.id; });
        if (endorsement == item->endorsements.end()) {
            Endorsement added;
            added.id = author.id;
            added.where = item_id.where;
            if (facts_.roster) {
                if (const RosterPerson* endorser = facts_.roster->find(author.id)) {
                    added.attributes = endorser->facts;
                }
            }
            item->endorsements.push_back(std::move(added));
            endorsement = item->endorsements.end() - 1;
        }
        endorsement->provenance = Provenance::confirmed;
        endorsement->confirmed_at = item_id.where;
    }

    void take_approval(const IdRef& author, const IdRef& criterion) {
        auto exception = std::find_if(
            person_.exceptions.begin(), person_.exceptions.end(),
            [&](const CriterionException& e) { return e.criterion.id == criterion.id; });
        if (exception == person_.exceptions.end()) {
            diagnostics_.warning(criterion.where, "unknown-exception",
                                 fmt::format("{} approves an exception for '{}' of {}, whose file "
                                             "({}) asks for none; the approval is not used",
                                             author.id, criterion.id, person_.id, person_.file));
            return;
        }
        if (exception->approved_by != author.id) {
            diagnostics_.warning(criterion.where, "statement-disagrees",
                                 fmt::format("{} approves the exception for '{}' of {}, whose "
                                             "file names {} as its approver; the approval is not "
                                             "used",
                                             author.id, criterion.id, person_.id,
                                             exception->approved_by));
            return;
        }
        exception->provenance = Provenance::confirmed;
        exception->confirmed_at = criterion.where;
    }

    // Every id the file names for a person: the person's, raters, endorsers, approvers and
    // id-valued labels. Two that differ only in case are an error (ids are compared exactly, so
    // E0007 and e0007 would be two people); with a roster, one it does not know is a warning.
    void compare_ids() {
        std::map<std::string, std::pair<std::string, Location>> first; // lower -> id, where
        auto compare = [&](const std::string& id, const Location& where, std::string_view role) {
            if (id.empty() || id == "self") {
                return;
            }
            auto [it, inserted] = first.emplace(to_lower(id), std::make_pair(id, where));
            if (!inserted && it->second.first != id) {
                case_mismatch(
                    where, role, id,
                    fmt::format("'{}' (line {})", it->second.first, it->second.second.line));
                return;
            }
            if (inserted && facts_.roster && role != "person") {
                check_on_roster(*facts_.roster, id, where, role);
            }
        };
        compare(person_.id, person_.id_where, "person");
        for (const auto& label : person_.labels) {
            if (framework_.people.is_id_label(label.key.id)) {
                compare(label.value, label.key.where, fmt::format("label '{}'", label.key.id));
            }
        }
        for (const auto& rating : person_.ratings) {
            compare(rating.rated_by, rating.by_where, "rater");
        }
        for (const auto& item : person_.evidence) {
            for (const auto& endorsement : item.endorsements) {
                compare(endorsement.id, endorsement.where, "endorser");
            }
        }
        for (const auto& exception : person_.exceptions) {
            compare(exception.approved_by, exception.approved_by_where, "approver");
        }
        if (facts_.roster) {
            if (const RosterPerson* spelled = facts_.roster->find_ignoring_case(person_.id)) {
                case_mismatch(person_.id_where, "person", person_.id,
                              fmt::format("the roster's '{}' ({})", spelled->id,
                                          where_in_words(spelled->where)));
            }
        }
    }

    void case_mismatch(const Location& where, std::string_view role, const std::string& id,
                       const std::string& other) {
        diagnostics_.error(where, "id-case-mismatch",
                           fmt::format("{} '{}' differs only in case from {}; ids are compared "
                                       "exactly, so expected one spelling",
                                       role, id, other));
    }

    void check_on_roster(const Roster& roster, const std::string& id, const Location& where,
                         std::string_view role) {
        if (roster.find(id)) {
            return;
        }
        if (const RosterPerson* spelled = roster.find_ignoring_case(id)) {
            case_mismatch(
                where, role, id,
                fmt::format("the roster's '{}' ({})", spelled->id, where_in_words(spelled->where)));
            return;
        }
        diagnostics_.warning(where, "unknown-person",
                             fmt::format("{} '{}': expected an id on the roster {}, found none{}",
                                         role, visible_text(id), roster.file,
                                         suggested_person(id, roster.ids())));
    }

    const Framework& framework_;
    const PeopleFacts& facts_;
    Person& person_;
    Diagnostics& diagnostics_;
};

void check_roster_columns(const Framework& framework, const Roster& roster,
                          Diagnostics& diagnostics) {
    const PeoplePolicy& policy = framework.people;
    if (policy.labels.empty()) {
        return; // a framework that lists no labels takes any column as one
    }
    std::vector<std::string> known = standard_columns();
    known.insert(known.end(), policy.labels.begin(), policy.labels.end());
    known.insert(known.end(), policy.attributes.begin(), policy.attributes.end());
    for (std::size_t i = 0; i < roster.columns.size(); ++i) {
        const std::string& column = roster.columns[i];
        if (!contains(known, column)) {
            diagnostics.error(roster.column_where[i], "unknown-label",
                              fmt::format("roster column '{}': expected a label or attribute the "
                                          "framework lists ({}), found none{}",
                                          column, join(known, ", "), did_you_mean(column, known)));
        }
    }
}

void check_statements(const Framework& framework, const PeopleFacts& facts,
                      Diagnostics& diagnostics) {
    std::map<std::string, bool> authors_checked; // file:line:column of a `by:`, each once
    for (const auto& about : facts.statements.about) {
        for (const auto& rating : about.ratings) {
            if (!framework.find_competency(rating.competency.id)) {
                diagnostics.error(
                    rating.competency.where, "unknown-competency",
                    fmt::format("unknown competency '{}'{}", rating.competency.id,
                                did_you_mean(rating.competency.id, framework.competency_ids())));
            } else if (rating.value < framework.scale_min() ||
                       rating.value > framework.scale_max()) {
                diagnostics.error(rating.competency.where, "rating-off-scale",
                                  fmt::format("rating of '{}': expected a whole number from {} "
                                              "to {}, found {}",
                                              rating.competency.id, framework.scale_min(),
                                              framework.scale_max(), rating.value));
            }
        }
        if (about.author.id == about.person.id) {
            for (const auto& list : {&about.endorses, &about.approves}) {
                if (!list->empty()) {
                    diagnostics.error(
                        list->front().where, "self-vouching",
                        fmt::format("{} {} for themselves; expected statements "
                                    "about other people (a person's own "
                                    "endorsements and approvals never count)",
                                    about.author.id,
                                    list == &about.endorses ? "endorses" : "approves"));
                }
            }
        }
        const Location& by = about.author.where;
        bool first_time =
            authors_checked.emplace(fmt::format("{}:{}:{}", by.file, by.line, by.column), true)
                .second;
        if (first_time && facts.roster && !facts.roster->find(about.author.id) &&
            !about.author.id.empty()) {
            diagnostics.error(about.author.where, "not-on-roster",
                              fmt::format("statements by '{}': expected an author on the roster "
                                          "{}, found none{}",
                                          about.author.id, facts.roster->file,
                                          suggested_person(about.author.id, facts.roster->ids())));
        }
    }
}

} // namespace

void check_people_facts(const Framework& framework, const PeopleFacts& facts,
                        Diagnostics& diagnostics) {
    if (facts.roster) {
        check_roster_columns(framework, *facts.roster, diagnostics);
    }
    check_statements(framework, facts, diagnostics);
}

void apply_people_facts(const Framework& framework, const PeopleFacts& facts, Person& person,
                        Diagnostics& diagnostics) {
    FactsApplier(framework, facts, person, diagnostics).apply();
}

} // namespace ladder
