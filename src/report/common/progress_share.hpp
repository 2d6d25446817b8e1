#pragma once
// Progress in the machine formats (JSON, JSONL, CSV): the share of a level's weighted criteria met,
// 0..1, rounded to three decimals, the same unit in every output. The reports people read show it
// as a whole percent, rounded down (util/text percent()).

#include <cmath>

namespace ladder {

inline double progress_share(double share) {
    return std::round(share * 1000.0) / 1000.0;
}

} // namespace ladder
