#pragma once
// The commands that judge people's evidence: one person at a time (evaluate, place) or
// everyone at once (batch, candidates). Each adds its command, options and help to `app`; the
// options object receives the parsed values and must outlive the parse.

#include "cli/command_context.hpp"
#include "commands/batch_command.hpp"
#include "commands/candidates_command.hpp"
#include "commands/evaluate_command.hpp"
#include "commands/place_command.hpp"

namespace ladder {

void add_evaluate_command(CLI::App& app, EvaluateOptions& evaluate, CommandContext& context);
void add_place_command(CLI::App& app, PlaceOptions& place, CommandContext& context);
void add_batch_command(CLI::App& app, BatchOptions& batch, CommandContext& context);
void add_candidates_command(CLI::App& app, CandidatesOptions& candidates, CommandContext& context);

} // namespace ladder
