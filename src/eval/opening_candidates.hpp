#pragma once
// Matching one person to the openings: which openings they could fill and how near they are,
// whether they are ready for a next step no opening offers, and whether they are on a track
// they did not ask for. Each opening is judged as `evaluate --target LEVEL` judges it (the
// same evaluate_person call, through judge_target), so the move's criteria apply alike, and
// only the verdicts ready and not ready (one step away) make a candidate.

#include "eval/evaluation.hpp"
#include "eval/track_choice.hpp"
#include "model/openings.hpp"

#include <cstddef>
#include <vector>

namespace ladder {

enum class CandidateGroup {
    ready, // ready now, and the opening's track is among their interests
    // Ready or nearly, but they never said they want that track: shown apart, with no next
    // steps (which would push them towards it).
    not_interested,
    nearly, // interested, within `within` required criteria of ready
};
std::string_view to_string(CandidateGroup group);

struct OpeningMatch {
    std::size_t opening = 0; // index in OpeningsFile::openings
    CandidateGroup group = CandidateGroup::nearly;
    int required_missing = 0;
    // Its target is the opening's level; verdicts only, but sentences for the nearly ready
    // (their next steps are put into words).
    Evaluation evaluation;
};

// An opening whose level is a next step for the person by its band, but that no single step
// reaches: the verdict is steps_away or no_route, so they are no candidate for it.
struct OpeningOutOfReach {
    std::size_t opening = 0; // index in OpeningsFile::openings
    TargetVerdict verdict = TargetVerdict::no_route;
};

struct PersonOpenings {
    std::vector<OpeningMatch> matches;           // in the openings' order
    std::vector<OpeningOutOfReach> out_of_reach; // in the openings' order
    // Next steps (the next level on their track, or a level across in the same or next band)
    // the person is ready for and interested in, with no opening that takes them.
    std::vector<const Level*> ready_no_role;
    // Their current track is not among the interests they declared (none declared: not flagged).
    bool wrong_track = false;
    // Tracks they declared interest in that no single step from their level reaches yet.
    std::vector<InterestWithoutStep> no_step_yet;
};

// Whether the person carries every label the opening asks for, with the same value.
bool labels_match(const Opening& opening, const Person& person);

// Whether a level is a next step for the person: one they neither hold nor have passed, in
// their band (a move across) or the band above (a promotion, on any track).
bool is_next_step(const Framework& framework, const Person& person, const Level& level);

// The required criteria of `result` neither met nor waived.
int required_missing(const LevelResult& result);

// `within`: how many required criteria a nearly-ready candidate may miss (0: none are shown).
// The openings' levels must exist (check_openings reports them otherwise; unknown ones are
// skipped here).
PersonOpenings match_openings(const Framework& framework, const OpeningsFile& openings,
                              const Person& person, const Date& as_of, int within);

} // namespace ladder
