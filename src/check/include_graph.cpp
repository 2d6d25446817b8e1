#include "check/include_graph.hpp"

#include <algorithm>

namespace ladder {

namespace {

enum : int { unvisited = 0, on_path = 1, done = 2 };

} // namespace

IncludeGraph::IncludeGraph(const Framework& framework) {
    for (const auto& level : framework.levels) {
        by_id_.emplace(level.id, &level); // the first of duplicate ids, as find_level does
    }
    std::unordered_map<const Level*, int> state;
    for (const auto& level : framework.levels) {
        if (state[&level] == unvisited) {
            walk_from(level, state);
        }
    }
}

const Level* IncludeGraph::find(std::string_view id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
}

// Depth first with an explicit stack of (level, next include to follow).
void IncludeGraph::walk_from(const Level& start, std::unordered_map<const Level*, int>& state) {
    std::vector<std::pair<const Level*, std::size_t>> stack{{&start, 0}};
    state[&start] = on_path;
    while (!stack.empty()) {
        auto& [level, next] = stack.back();
        if (next == level->includes.size()) {
            state[level] = done;
            included_first_.push_back(level);
            stack.pop_back();
            continue;
        }
        const IdRef& include = level->includes[next++];
        const Level* included = find(include.id);
        if (included == nullptr) {
            continue;
        }
        int& included_state = state[included];
        if (included_state == on_path) {
            auto first = std::find_if(stack.begin(), stack.end(),
                                      [&](const auto& entry) { return entry.first == included; });
            Cycle cycle{&include, {}};
            for (auto it = first; it != stack.end(); ++it) {
                cycle.levels.push_back(it->first->id);
            }
            cycle.levels.push_back(included->id);
            cycles_.push_back(std::move(cycle));
        } else if (included_state == unvisited) {
            included_state = on_path;
            stack.emplace_back(included, 0);
        }
    }
}

} // namespace ladder
