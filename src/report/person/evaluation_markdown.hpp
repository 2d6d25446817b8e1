#pragma once
// The gap report as Markdown, for a promotion document or a pull-request comment.

#include "eval/evaluation.hpp"

#include <string>

namespace ladder {

std::string render_evaluation_markdown(const Framework& framework, const Evaluation& evaluation);

} // namespace ladder
