#pragma once
// What evaluating one rule against one person gives: a status and the explanation of it.

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

struct Outcome {
    Status status = Status::not_met;
    std::string reason;                // what was found, in plain words
    std::string missing;               // what would close the gap; empty when met
    std::vector<std::string> evidence; // ids of the evidence items that counted
    std::vector<ItemVerdict> considered;
    std::vector<Outcome> parts; // outcomes of a combinator's options
    double progress = 0.0;      // share of the requirement reached, 0..1
};

} // namespace ladder
