#pragma once
// "Which track fits me?" in one answer, for one-line reports such as `ladder batch`.

#include "eval/evaluation.hpp"

namespace ladder {

// The best cross-track fit: among the cross-track entries of the band above the person's
// current band (every track), the one with the highest progress; ties go to a track the person
// declared interest in, then to the earlier track in the framework's order. Null when there is
// no band above (the person is at the top band of the framework).
const CrossTrackEntry* best_cross_track_fit(const Evaluation& evaluation);

} // namespace ladder
