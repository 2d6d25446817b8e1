#include "commands/batch_progress.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace ladder;

TEST_SUITE("commands/batch_progress") {

    TEST_CASE("the pace: the rate so far, and the time the rest takes at it") {
        CHECK(progress_pace(0, 100, 5.0) == "");  // nothing done: no rate yet
        CHECK(progress_pace(10, 100, 0.1) == ""); // too early to tell
        CHECK(progress_pace(100, 1000, 2.0) == "50/s, about 18 s left");
        CHECK(progress_pace(100, 100000, 1.0) == "100/s, about 17 min left");
        CHECK(progress_pace(999, 1000, 1.0) == "999/s, about 1 s left");
        CHECK(progress_pace(1000, 1000, 2.0) == "500/s");        // done: nothing left to tell
        CHECK(progress_pace(300, std::nullopt, 3.0) == "100/s"); // from stdin: no total
    }

    TEST_CASE("a bar that is not shown writes nothing") {
        std::ostringstream err;
        ProgressBar bar(err, false, 10);
        bar.update(5);
        bar.finish();
        CHECK(err.str().empty());
    }

    TEST_CASE("a shown bar erases its line before each redraw and at the end") {
        std::ostringstream err;
        ProgressBar bar(err, true, 10);
        bar.update(5);
        CHECK(err.str() == "\r\x1b[K[###############...............] 5/10 files");
        bar.finish();
        CHECK(err.str().substr(err.str().size() - 4) == "\r\x1b[K");
    }
}
