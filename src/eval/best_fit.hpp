#pragma once
// "Which track fits me?" in one answer, for one-line reports such as `ladder batch`.

#include "eval/evaluation.hpp"

namespace ladder {

// The best cross-track fit among the steps the framework defines from the person's level (the
// cross-track view): the next band on each track the level is on, every move up, and a move
// sideways (same band) only when the person is ready for it now; never a move to a lower band.
// A level no single step reaches is never suggested. A step on a track the person declared interest
// in comes first; then the highest progress; then the view's order (promotions before moves, the
// framework's order). Null when no step qualifies (the top of a track with no move ready).
const CrossTrackEntry* best_cross_track_fit(const Evaluation& evaluation);

} // namespace ladder
