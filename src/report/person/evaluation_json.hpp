#pragma once
// An evaluation as JSON: the stable, documented machine form (README: "JSON output").

#include "eval/evaluation.hpp"

#include <nlohmann/json.hpp>

namespace ladder {

nlohmann::ordered_json evaluation_to_json(const Framework& framework, const Evaluation& evaluation);
nlohmann::ordered_json level_result_to_json(const Framework& framework, const LevelResult& result,
                                            bool with_criteria);

} // namespace ladder
