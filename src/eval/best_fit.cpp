#include "eval/best_fit.hpp"

namespace ladder {

namespace {

// Whether `candidate` beats `best` under the rule in the header. The cross-track entries come
// in track order, so keeping the earlier entry on a full tie applies the last tie-break.
bool fits_better(const CrossTrackEntry& candidate, const CrossTrackEntry& best) {
    if (candidate.result.progress != best.result.progress) {
        return candidate.result.progress > best.result.progress;
    }
    return candidate.interested && !best.interested;
}

} // namespace

const CrossTrackEntry* best_cross_track_fit(const Evaluation& evaluation) {
    if (evaluation.current == nullptr) {
        return nullptr;
    }
    const CrossTrackEntry* best = nullptr;
    for (const auto& entry : evaluation.cross_track) {
        if (entry.band <= evaluation.current->band) {
            continue;
        }
        if (best == nullptr || fits_better(entry, *best)) {
            best = &entry;
        }
    }
    return best;
}

} // namespace ladder
