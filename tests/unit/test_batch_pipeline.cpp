#include "commands/batch_pipeline.hpp"

#include <doctest/doctest.h>
#include <thread>
#include <vector>

using namespace ladder;

TEST_SUITE("commands/batch_pipeline") {

    // Feeds 0..count-1 through the pipeline as batch does (fill the window, take one) and
    // returns the results in the order taken.
    std::vector<int> run_through(int workers, int count) {
        OrderedPipeline<int, int> pipeline(workers, 4, [](const int& n) { return n * n; });
        std::vector<int> taken;
        int next = 0;
        while (true) {
            while (!pipeline.full() && next < count) {
                pipeline.submit(next++);
            }
            if (pipeline.in_flight() == 0) {
                break;
            }
            CHECK(pipeline.in_flight() <= 4);
            taken.push_back(pipeline.take());
        }
        return taken;
    }

    TEST_CASE("pipeline results come back in submission order, with one worker or several") {
        std::vector<int> expected;
        for (int n = 0; n < 200; ++n) {
            expected.push_back(n * n);
        }
        CHECK(run_through(1, 200) == expected);
        CHECK(run_through(3, 200) == expected);
    }

    TEST_CASE("pipeline with one worker does the work on the caller's thread") {
        auto caller = std::this_thread::get_id();
        OrderedPipeline<int, bool> pipeline(
            1, 2, [caller](const int&) { return std::this_thread::get_id() == caller; });
        CHECK(pipeline.workers() == 1);
        pipeline.submit(1);
        CHECK(pipeline.take());
    }
}
