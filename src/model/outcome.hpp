#pragma once
// What evaluating one rule against one person gives: a status and the explanation of it.

#include "util/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

enum class Status { met, partial, not_met, no_data, waived };
std::string_view to_string(Status status);

// One evidence item a rule looked at, and why it counted or not (for --explain).
struct ItemVerdict {
    std::string item;
    bool counted = false;
    std::string why;
};

// N more evidence items that pass a rule's filters, as data: next steps merge the needs of
// several criteria into one item that passes all their filters. Empty lists mean "any".
struct EvidenceNeed {
    long count = 1;
    std::vector<std::string> types; // one of these
    std::vector<std::string> kinds;
    std::vector<std::string> roles;
    std::string min_scope;                 // "" for any scope
    std::vector<std::string> competencies; // the item lists each of these
    std::vector<std::string> tags;
    std::vector<std::string> demonstrates; // criteria the item names in `demonstrates`
    std::optional<Date> dated_on_or_after; // a within_months window as a date
    int min_endorsers = 0;
};

// What would close a rule's gap, as data (the words are Outcome::missing).
struct Need {
    enum class Kind {
        evidence,  // `evidence` holds the items
        rating,    // a rating of at least `minimum` in competency `id`
        programme, // complete programme `id`
        interest,  // declare interest in track `id`
        tenure,    // time: met on `reached_on`
        record     // data only the person can add (`text` says what)
    };
    Kind kind = Kind::record;
    EvidenceNeed evidence;
    std::string id;
    int minimum = 0;
    std::optional<Date> reached_on;
    std::string text;
};

struct Outcome {
    Status status = Status::not_met;
    std::string reason;                // what was found, in plain words
    std::string missing;               // what would close the gap; empty when met
    std::vector<std::string> evidence; // ids of the evidence items that counted
    std::vector<ItemVerdict> considered;
    std::vector<Outcome> parts; // outcomes of a combinator's options
    double progress = 0.0;      // share of the requirement reached, 0..1
    std::vector<Need> needs;    // what would close the gap; empty when met
};

} // namespace ladder
