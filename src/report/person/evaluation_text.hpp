#pragma once
// The gap report for people: a one-line verdict, what is missing first (why, and how to
// close it), what is set aside, what is met, and the cross-track view.

#include "eval/evaluation.hpp"
#include "util/output_width.hpp"
#include "util/terminal.hpp"

#include <string>

namespace ladder {

// --explain: the evidence items each criterion considered; by default only those that nearly
// counted (failing one filter), with `all` every one.
enum class Explain { none, near_misses, all };

struct TextReportOptions {
    Style style;
    Explain explain = Explain::none;
    std::size_t width = default_output_width; // prose wraps to it; tables drop columns to fit
};

std::string render_evaluation_text(const Framework& framework, const Evaluation& evaluation,
                                   const TextReportOptions& options);

} // namespace ladder
