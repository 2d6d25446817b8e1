#include "report/person/evidence_use.hpp"

#include <algorithm>

namespace ladder {

std::vector<std::string> counted_for(const std::optional<LevelResult>& target,
                                     const std::string& item) {
    std::vector<std::string> ids;
    if (!target) {
        return ids;
    }
    for (const auto& result : target->criteria) {
        const auto& used = result.outcome.evidence;
        if (std::find(used.begin(), used.end(), item) != used.end()) {
            ids.push_back(result.criterion->id);
        }
    }
    return ids;
}

} // namespace ladder
