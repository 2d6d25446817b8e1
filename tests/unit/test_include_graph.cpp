#include "check/include_graph.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

// A chain of `count` levels, each including the one before it.
Framework chain(int count) {
    Framework framework;
    for (int i = 0; i < count; ++i) {
        Level level;
        level.id = "L" + std::to_string(i);
        level.track.id = "t" + std::to_string(i / 1000);
        level.band = i % 1000 + 1;
        if (i > 0) {
            level.includes.push_back({"L" + std::to_string(i - 1), {}});
        }
        framework.levels.push_back(std::move(level));
    }
    return framework;
}

} // namespace

TEST_SUITE("check/include_graph") {

    TEST_CASE("a chain of 200,000 includes is walked without recursion, included levels first") {
        Framework framework = chain(200'000);
        IncludeGraph graph(framework);
        const auto& order = graph.included_first();
        REQUIRE(order.size() == 200'000);
        CHECK(order.front()->id == "L0");
        CHECK(order.back()->id == "L199999");
        CHECK(graph.cycles().empty());
        CHECK(graph.find("L1234") == &framework.levels[1234]);
        CHECK(graph.find("L-none") == nullptr);
    }

    TEST_CASE("a cycle is reported once, with its path, where it closes") {
        Framework framework = chain(3);
        framework.levels[0].includes.push_back({"L2", {"criteria.yaml", 4, 15}});
        IncludeGraph graph(framework);
        REQUIRE(graph.cycles().size() == 1);
        CHECK(graph.cycles()[0].levels == std::vector<std::string>{"L0", "L2", "L1", "L0"});
        CHECK(graph.cycles()[0].closing_include->where.line == 0);
        CHECK(graph.included_first().size() == 3);
    }

    TEST_CASE("unknown includes are skipped, each level appears once") {
        Framework framework = chain(2);
        framework.levels[1].includes.push_back({"nowhere", {}});
        framework.levels[1].includes.push_back({"L0", {}});
        IncludeGraph graph(framework);
        CHECK(graph.included_first().size() == 2);
        CHECK(graph.cycles().empty());
    }
}
