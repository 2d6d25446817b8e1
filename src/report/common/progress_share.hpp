#pragma once
// Progress in the machine formats (JSON, JSONL, CSV): the share of a level's weighted criteria met,
// 0..1, to three decimals, the same unit in every output. Rounded down, as the whole percent the
// reports people read show (util/text percent()): 1 means everything met, never "nearly".

#include <cmath>

namespace ladder {

inline double progress_share(double share) {
    return std::floor(share * 1000.0 + 1e-9) / 1000.0;
}

} // namespace ladder
