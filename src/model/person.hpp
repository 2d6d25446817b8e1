#pragma once
// One person's evidence file as loaded: where they stand, what they want, how they are rated,
// and the evidence items that back a promotion case.

#include "model/provenance.hpp"
#include "model/vocabularies.hpp"
#include "util/date.hpp"
#include "util/diagnostic.hpp"
#include "util/id_ref.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

// The default vocabularies of the evidence format (Vocabularies::defaults()); the order of
// scopes is their size.
const std::vector<std::string>& evidence_types();
const std::vector<std::string>& evidence_kinds();
const std::vector<std::string>& evidence_roles();
const std::vector<std::string>& evidence_scopes();
// Position of a scope in evidence_scopes(), or -1.
int scope_rank(std::string_view scope);
// What an item of a type is called in prose: "design document" / "design documents"; "item"
// for `other`; a framework's own type is "pull_request item".
std::string evidence_type_noun(std::string_view type, bool many);

struct Rating {
    IdRef competency;
    int value = 0;
    std::string rated_by; // empty: unattributed
    std::optional<Date> date;
    Provenance provenance = Provenance::unattributed;
    bool counts = true;      // whether the framework counts a rating of this provenance
    Location by_where{};     // the `by:` that names the rater (or the rating, when none)
    Location date_where{};   // the `date:`, when given
    Location confirmed_at{}; // the statement that confirms it, when confirmed
};

// Who vouched for an item, and what the framework may ask about them (organisation: acme,
// reviewer: "yes"): attributes are free text, counted by the `endorsers` filter.
struct Endorsement {
    std::string id;
    std::map<std::string, std::string> attributes;
    Provenance provenance = Provenance::claimed; // self_assessed: the person endorsed their own
    bool counts = true; // never for the person's own; else as the framework counts provenances
    // Defaulted so that `{id, attributes}` stays a complete initializer.
    Location where{};
    Location confirmed_at{}; // the endorser's statement, when confirmed
};

struct EvidenceItem {
    std::string id;
    std::string type;
    std::string kind; // empty when the file does not say: it then passes no `kind` filter
    std::string title;
    Date date;
    std::string role;
    std::string scope;
    std::vector<IdRef> competencies;
    std::vector<IdRef> demonstrates;
    std::vector<std::string> tags;
    std::vector<std::string> links;
    std::vector<std::string> endorsed_by; // the ids of the endorsements that count
    std::vector<Endorsement> endorsements;
    long quantity = 1; // how many of the thing the item records ("reviewed 30 changes")
    Location where;
    Location date_where;
};

enum class ExceptionKind { waived, not_applicable };
std::string_view to_string(ExceptionKind kind);

struct CriterionException {
    IdRef criterion;
    ExceptionKind kind = ExceptionKind::waived;
    std::string justification;
    std::string approved_by;
    Location approved_by_where;
    std::optional<Date> date;
    Location date_where{};
    Provenance provenance = Provenance::claimed;
    bool counts = true;      // an approval that does not count waives nothing
    Location confirmed_at{}; // the approver's statement, when confirmed
};

// A level the person held before the current one, from `since` until the next entry of the
// history (or `in_level_since`).
struct PastLevel {
    IdRef level;
    Date since;
    Location since_where;
};

// A free-form fact about the person from the `labels:` section (team, manager, location...).
struct PersonLabel {
    IdRef key;
    std::string value;
};

// The trial period of a move across tracks the person is in: they hold the move's target level
// (`level:`) since `since`, having left `from`; the move's trial_months say when it ends.
struct Trial {
    IdRef from;
    Date since;
    Location since_where;
    Location where;
};

struct Person {
    std::string file;
    std::string id;
    Location id_where;
    std::string name;
    IdRef track;
    IdRef level;
    Date in_level_since;
    Location in_level_since_where;
    std::optional<Date> joined;
    Location joined_where;
    std::vector<PastLevel> history; // oldest first
    std::vector<IdRef> interests;
    std::vector<Rating> ratings;
    std::vector<IdRef> completed;
    std::vector<EvidenceItem> evidence;
    std::vector<CriterionException> exceptions;
    std::vector<PersonLabel> labels; // in key order
    std::optional<Trial> trial;

    // The rating of a competency that counts: among the ratings that count, the best attested
    // (confirmed, then claimed, self-assessed, unattributed), then the latest dated. Null when
    // none counts.
    const Rating* rating_for(std::string_view competency) const;
    // The best attested rating of the competency, counted or not (to say why it does not count).
    const Rating* any_rating_for(std::string_view competency) const;
    bool is_interested_in(std::string_view track) const;
    bool has_completed(std::string_view programme) const;
    // The exception for a criterion, whether its approval counts or not.
    const CriterionException* exception_for(std::string_view criterion) const;
    // The label's value, or null when the file does not carry it.
    const std::string* label(std::string_view key) const;
};

// Sets each statement's provenance from the person's own file alone: a rating with no `by:` is
// unattributed, one by the person's own id (or `self`) self-assessed, any other claimed; an
// endorsement by the person's own id is self-assessed (it never counts), any other claimed.
// Statements files confirm them later (load/people_facts). Then settles what counts with the
// default policy (everything but the person's own endorsements and approvals).
void classify_provenance(Person& person);

// Which of the person's ratings, endorsements and approvals count, by their provenance: the
// framework's `people: counted:` lists (ratings, endorsements, approvals, in that order). An
// endorsement or approval by the person themselves never counts. Sets each item's endorsed_by
// to the ids of the endorsements that count.
void settle_counted(Person& person, const CountedProvenances& ratings,
                    const CountedProvenances& endorsements, const CountedProvenances& approvals);

} // namespace ladder
