#pragma once
// The gap report as one self-contained HTML page: for each person the verdict, a chart of
// their ratings against the target's minimums, what is missing (why, and how to close it),
// what is set aside, what is met, the cross-track view as a chart, and their evidence.
//
// A page is built from sections so that any number of people fit on one page, each in its
// own <section>, and so that another command (a batch report) can reuse the pieces.

#include "eval/evaluation.hpp"
#include "util/diagnostic.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// One person's report, as a <section class="person">.
std::string render_evaluation_section(const Framework& framework, const Evaluation& evaluation);

// A file that could not be evaluated, with its diagnostics, as a <section>: nothing given to
// the command disappears from the page.
std::string render_not_evaluated_section(std::string_view file,
                                         const std::vector<Diagnostic>& diagnostics);

// The whole page around sections made by the two functions above.
std::string render_evaluation_page(const Framework& framework, std::string_view title,
                                   const std::vector<std::string>& sections);

// The rating each competency must have to meet every required criterion of the target (its
// own and, for a move across tracks, the move's): competency id -> minimum.
std::map<std::string, int> target_rating_minimums(const LevelResult& target);

} // namespace ladder
