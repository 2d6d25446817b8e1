#pragma once
// The gap report for people: a one-line verdict, what is missing first (why, and how to
// close it), what is set aside, what is met, and the cross-track view.

#include "eval/evaluation.hpp"
#include "util/terminal.hpp"

#include <string>

namespace ladder {

struct TextReportOptions {
    Style style;
    bool explain = false; // list the evidence items each criterion considered
};

std::string render_evaluation_text(const Framework& framework, const Evaluation& evaluation,
                                   const TextReportOptions& options);

// The cross-track table alone (also used by the Markdown report's text fallback).
std::string render_cross_track_text(const Framework& framework, const Evaluation& evaluation,
                                    const Style& style);

} // namespace ladder
