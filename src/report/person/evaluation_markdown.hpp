#pragma once
// The gap report as Markdown, for a promotion document or a pull-request comment.

#include "eval/evaluation.hpp"

#include <string>

namespace ladder {

std::string render_evaluation_markdown(const Framework& framework, const Evaluation& evaluation);

// Escapes the characters Markdown would interpret in table cells and inline text.
std::string escape_markdown(std::string_view text);

} // namespace ladder
