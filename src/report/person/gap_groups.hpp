#pragma once
// How every report orders a level's criteria: what is missing first (required before
// optional), then what is waived, then what is met. Shared so all formats agree.

#include "eval/evaluation.hpp"

#include <string>
#include <vector>

namespace ladder {

struct GapGroups {
    std::vector<const CriterionResult*> missing;
    std::vector<const CriterionResult*> waived;
    std::vector<const CriterionResult*> met;
};

GapGroups group_gaps(const LevelResult& result);

// "READY for IC4 Staff Engineer" / "NOT READY for ...", and the counts behind it.
std::string verdict_line(const LevelResult& result);
// "Staff Engineer (IC4, band 4, Individual contributor)"
std::string level_label(const Framework& framework, const Level& level);
// For a target reached by a move across tracks: the move, its trial period and way back, and
// what it is judged on; "" for a promotion (a target no single step reaches has a route).
std::string describe_move(const LevelResult& target);
// Where a criterion comes from and how it applies, for the notes after its title: "entry
// gate", "from IC3" (an included level), "from IC4 -> M1" (the move's own).
std::vector<std::string> criterion_origin_notes(const CriterionResult& result);
// "status_word" used in text and markdown: MET, PARTIAL, NOT MET, NO DATA, WAIVED, N/A.
std::string status_label(const CriterionResult& result);

} // namespace ladder
