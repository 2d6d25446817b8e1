#include "util/seen_keys.hpp"

#include <doctest/doctest.h>
#include <string>

using ladder::SeenKeys;

TEST_SUITE("util/seen_keys") {

    TEST_CASE("seen keys: a repeat names the first position, skipped positions count") {
        SeenKeys seen;
        CHECK_FALSE(seen.add("E1").has_value());
        seen.skip();
        CHECK_FALSE(seen.add("E2").has_value());
        CHECK(seen.add("E1") == std::optional<std::size_t>{0});
        CHECK(seen.add("E2") == std::optional<std::size_t>{2});
        CHECK(seen.add("E2") == std::optional<std::size_t>{2}); // always the first, not the last
        CHECK(seen.size() == 6);
    }

    TEST_CASE("seen keys: exact over many keys, across blocks and filter growth") {
        // 50,000 keys cross a dozen hash blocks and four filter rebuilds; every key is new once,
        // then every one repeats and must point back at its first position.
        SeenKeys seen;
        constexpr std::size_t keys = 50000;
        std::size_t false_repeats = 0;
        for (std::size_t i = 0; i < keys; ++i) {
            false_repeats += seen.add("P" + std::to_string(i)).has_value() ? 1 : 0;
        }
        CHECK(false_repeats == 0);
        std::size_t wrong = 0;
        for (std::size_t i = 0; i < keys; i += 7) {
            wrong += seen.add("P" + std::to_string(i)) == std::optional<std::size_t>{i} ? 0 : 1;
        }
        CHECK(wrong == 0);
    }

} // TEST_SUITE
