#include "eval/best_fit.hpp"

namespace ladder {

namespace {

// A move to a level of the person's band is a step sideways: it fits only once the person is
// ready for it. The next band on a track, or a move up, fits however far away. A move to a
// lower band never fits: "which track fits me" is about the same band or higher (README).
bool is_candidate(const CrossTrackEntry& entry, const Level& current) {
    if (entry.current || entry.band < current.band) {
        return false;
    }
    return entry.band > current.band || entry.result.ready;
}

// Whether `candidate` beats `best` under the rule in the header. The entries come in the
// cross-track view's order, so keeping the earlier entry on a full tie applies the last
// tie-break.
bool fits_better(const CrossTrackEntry& candidate, const CrossTrackEntry& best) {
    if (candidate.interested != best.interested) {
        return candidate.interested;
    }
    return candidate.result.progress > best.result.progress;
}

} // namespace

const CrossTrackEntry* best_cross_track_fit(const Evaluation& evaluation) {
    if (evaluation.current == nullptr) {
        return nullptr;
    }
    const CrossTrackEntry* best = nullptr;
    for (const auto& entry : evaluation.cross_track) {
        if (is_candidate(entry, *evaluation.current) &&
            (best == nullptr || fits_better(entry, *best))) {
            best = &entry;
        }
    }
    return best;
}

} // namespace ladder
