#include "report/common/text_table.hpp"
#include "util/text.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace ladder;

namespace {

std::size_t widest_line(const std::string& text) {
    std::istringstream lines(text);
    std::size_t widest = 0;
    for (std::string line; std::getline(lines, line);) {
        widest = std::max(widest, display_width(line));
    }
    return widest;
}

const TextRows rows = {{"team", "people", "ready", "not_ready", "within_one"},
                       {"payments", "12", "3", "9", "4"},
                       {"search", "7", "-", "-", "-"}};

} // namespace

TEST_SUITE("text table") {
    TEST_CASE("a table that fits is one block of aligned columns") {
        CHECK(text_table(rows, 80, 1) == "team      people  ready  not_ready  within_one\n"
                                         "payments  12      3      9          4\n"
                                         "search    7       -      -          -\n");
    }

    TEST_CASE("a wider table continues in blocks that repeat the key column, every cell kept") {
        std::string out = text_table(rows, 32, 1);
        CHECK(widest_line(out) <= 32);
        CHECK(out == "team      people  ready\n"
                     "payments  12      3\n"
                     "search    7       -\n"
                     "\n"
                     "team      not_ready  within_one\n"
                     "payments  9          4\n"
                     "search    -          -\n");
    }

    TEST_CASE("a column wider than the width gets a block of its own rather than being cut") {
        TextRows wide = {{"id", "title"}, {"c1", std::string(50, 'x')}};
        std::string out = text_table(wide, 20, 1);
        CHECK(out.find(std::string(50, 'x')) != std::string::npos);
    }
}
