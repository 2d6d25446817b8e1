#pragma once
// What evaluating one rule against one person gives: a status and the explanation of it.

#include "model/evidence_need.hpp"
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
    std::string why; // the first test it fails
    int failed = 0;  // how many tests it fails: 1 is a near miss, shown by plain --explain

    bool near_miss() const { return !counted && failed == 1; }
};

// What would close a rule's gap, as data (the words are Outcome::missing).
struct Need {
    enum class Kind {
        evidence,  // `evidence` holds the items
        rating,    // a rating of at least `minimum` in competency `id`
        programme, // complete programme `id`
        interest,  // declare interest in track `id` (or level `id`, when `level`)
        tenure,    // time: met on `reached_on`
        record     // data only the person can add (`text` says what)
    };
    Kind kind = Kind::record;
    EvidenceNeed evidence;
    std::string id;
    int minimum = 0;
    std::optional<Date> reached_on;
    std::string text;
    bool level = false; // an interest in a level rather than a track
};

struct Outcome {
    Status status = Status::not_met;
    std::string reason;                // what was found, in plain words
    std::string missing;               // what would close the gap; empty when met
    std::vector<std::string> evidence; // ids of the evidence items that counted
    std::vector<ItemVerdict> considered;
    std::vector<Outcome> parts; // outcomes of a combinator's options
    std::string option;         // as one of those parts: the option in words (with sentences)
    double progress = 0.0;      // share of the requirement reached, 0..1
    std::vector<Need> needs;    // what would close the gap; empty when met
};

} // namespace ladder
