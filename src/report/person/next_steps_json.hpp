#pragma once
// Next steps as JSON: each step in words and as data, with the hypothetical evidence item that
// would close it, ready to be added to the evidence file.

#include "eval/next_steps.hpp"
#include "eval/timeline.hpp"

#include <nlohmann/json.hpp>

namespace ladder {

nlohmann::ordered_json next_steps_to_json(const Framework& framework, const LevelResult& target,
                                          const Date& as_of);

// The timeline: readiness changes and each day a criterion is met or lost, without new evidence.
nlohmann::ordered_json timeline_to_json(const Framework& framework, const Person& person,
                                        const LevelResult& target, const Date& as_of);

} // namespace ladder
