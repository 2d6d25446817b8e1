#pragma once
// A file of openings: the positions the organisation plans to fill ("two Engineering Managers,
// one Staff Engineer in payments"), each at a level of the framework.

#include "util/diagnostic.hpp"
#include "util/id_ref.hpp"

#include <string>
#include <vector>

namespace ladder {

// A label an opening asks of its candidates: the person's `labels:` must carry the key with
// this value (team: payments).
struct OpeningLabel {
    IdRef key;
    std::string value;
};

struct Opening {
    IdRef id;
    IdRef level;
    int count = 1;                    // how many people are needed
    std::vector<OpeningLabel> labels; // in key order; every one must match
    std::string note;
    Location where;
};

struct OpeningsFile {
    std::string path;
    std::string title;             // optional heading of the plan
    std::vector<Opening> openings; // in file order
};

} // namespace ladder
