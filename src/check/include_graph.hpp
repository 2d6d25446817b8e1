#pragma once
// The levels of a framework as a graph of includes, walked without recursion: a chain of tens
// of thousands of includes must not overflow the stack, and every pass over it stays linear.

#include "model/framework.hpp"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace ladder {

class IncludeGraph {
public:
    explicit IncludeGraph(const Framework& framework);

    const Level* find(std::string_view id) const;

    // Every level after the levels it includes (a cycle is cut where it closes), each once.
    const std::vector<const Level*>& included_first() const { return included_first_; }

    struct Cycle {
        const IdRef* closing_include;    // the include that closes the cycle
        std::vector<std::string> levels; // "a", "b", "a"
    };
    const std::vector<Cycle>& cycles() const { return cycles_; }

private:
    void walk_from(const Level& start, std::unordered_map<const Level*, int>& state);

    std::unordered_map<std::string_view, const Level*> by_id_;
    std::vector<const Level*> included_first_;
    std::vector<Cycle> cycles_;
};

} // namespace ladder
