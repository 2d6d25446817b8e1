#include "model/person.hpp"

#include <algorithm>
#include <map>

namespace ladder {

const std::vector<std::string>& evidence_types() {
    return Vocabularies::defaults().types;
}

const std::vector<std::string>& evidence_kinds() {
    return Vocabularies::defaults().kinds;
}

const std::vector<std::string>& evidence_roles() {
    return Vocabularies::defaults().roles;
}

const std::vector<std::string>& evidence_scopes() {
    return Vocabularies::defaults().scopes;
}

int scope_rank(std::string_view scope) {
    return Vocabularies::defaults().scope_rank(scope);
}

std::string evidence_type_noun(std::string_view type, bool many) {
    struct Noun {
        std::string_view one;
        std::string_view many;
    };
    static const std::map<std::string_view, Noun> nouns = {
        {"project", {"project", "projects"}},
        {"design", {"design document", "design documents"}},
        {"incident", {"incident", "incidents"}},
        {"mentoring", {"mentoring engagement", "mentoring engagements"}},
        {"hiring", {"hiring contribution", "hiring contributions"}},
        {"talk", {"talk", "talks"}},
        {"writing", {"piece of writing", "pieces of writing"}},
        {"review", {"review", "reviews"}},
        {"initiative", {"initiative", "initiatives"}},
        {"feedback", {"piece of feedback", "pieces of feedback"}},
        {"other", {"item", "items"}},
    };
    auto it = nouns.find(type);
    if (it == nouns.end()) {
        // A framework's own type has no noun of ladder's: "pull_request items".
        return std::string(type) + (many ? " items" : " item");
    }
    return std::string(many ? it->second.many : it->second.one);
}

std::string_view to_string(ExceptionKind kind) {
    return kind == ExceptionKind::waived ? "waived" : "not_applicable";
}

namespace {

const Rating* best_rating(const std::vector<Rating>& ratings, std::string_view competency,
                          bool counted_only) {
    const Rating* best = nullptr;
    for (const auto& rating : ratings) {
        if (rating.competency.id != competency || (counted_only && !rating.counts)) {
            continue;
        }
        // Provenance is in order of trust: a lower value is better attested.
        bool better = best == nullptr || rating.provenance < best->provenance ||
                      (rating.provenance == best->provenance && rating.date > best->date);
        if (better) {
            best = &rating;
        }
    }
    return best;
}

} // namespace

const Rating* Person::rating_for(std::string_view competency) const {
    return best_rating(ratings, competency, true);
}

const Rating* Person::any_rating_for(std::string_view competency) const {
    return best_rating(ratings, competency, false);
}

bool Person::is_interested_in(std::string_view wanted) const {
    return std::any_of(interests.begin(), interests.end(),
                       [&](const IdRef& ref) { return ref.id == wanted; });
}

bool Person::has_completed(std::string_view programme) const {
    return std::any_of(completed.begin(), completed.end(),
                       [&](const IdRef& ref) { return ref.id == programme; });
}

const CriterionException* Person::exception_for(std::string_view criterion) const {
    auto it = std::find_if(exceptions.begin(), exceptions.end(), [&](const CriterionException& e) {
        return e.criterion.id == criterion;
    });
    return it == exceptions.end() ? nullptr : &*it;
}

const std::string* Person::label(std::string_view key) const {
    auto it = std::find_if(labels.begin(), labels.end(),
                           [&](const PersonLabel& label) { return label.key.id == key; });
    return it == labels.end() ? nullptr : &it->value;
}

void classify_provenance(Person& person) {
    auto by_self = [&](const std::string& id) {
        return id == person.id || id == "self";
    };
    for (auto& rating : person.ratings) {
        rating.provenance = rating.rated_by.empty()    ? Provenance::unattributed
                            : by_self(rating.rated_by) ? Provenance::self_assessed
                                                       : Provenance::claimed;
    }
    for (auto& item : person.evidence) {
        for (auto& endorsement : item.endorsements) {
            endorsement.provenance =
                endorsement.id == person.id ? Provenance::self_assessed : Provenance::claimed;
        }
    }
    for (auto& exception : person.exceptions) {
        exception.provenance =
            exception.approved_by == person.id ? Provenance::self_assessed : Provenance::claimed;
    }
    settle_counted(person, CountedProvenances{}, CountedProvenances{}, CountedProvenances{});
}

void settle_counted(Person& person, const CountedProvenances& ratings,
                    const CountedProvenances& endorsements, const CountedProvenances& approvals) {
    for (auto& rating : person.ratings) {
        rating.counts = ratings(rating.provenance);
    }
    for (auto& item : person.evidence) {
        item.endorsed_by.clear();
        for (auto& endorsement : item.endorsements) {
            endorsement.counts = endorsement.provenance != Provenance::self_assessed &&
                                 endorsements(endorsement.provenance);
            if (endorsement.counts) {
                item.endorsed_by.push_back(endorsement.id);
            }
        }
    }
    for (auto& exception : person.exceptions) {
        exception.counts =
            exception.provenance != Provenance::self_assessed && approvals(exception.provenance);
    }
}

} // namespace ladder
