#pragma once
// Output schemas of the commands that judge people: evaluate and place (and the pieces batch and
// candidates share with them: a level result, a criterion's result).

#include <nlohmann/json.hpp>

namespace ladder {

// One level judged: its id, whether the person is ready, the counts, progress 0..1 and, where
// the output gives them, the criteria.
nlohmann::ordered_json level_result_schema();

nlohmann::ordered_json evaluations_output_schema();
nlohmann::ordered_json placements_output_schema();

} // namespace ladder
