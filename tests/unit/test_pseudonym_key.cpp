#include "commands/pseudonym_key.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <sstream>

using namespace ladder;

namespace {

struct Run {
    PseudonymKey key;
    std::string err;
};

Run read(const PseudonymKeyOptions& options) {
    std::ostringstream out;
    std::ostringstream err;
    Console console{out, err, Style(false), Style(false)};
    PseudonymKey key = read_pseudonym_key(options, console);
    return {key, err.str()};
}

} // namespace

TEST_SUITE("commands/pseudonym_key") {

    TEST_CASE("no key given: no pseudonyms, nothing said") {
        Run run = read({});
        CHECK(run.key.ok);
        CHECK_FALSE(run.key.key);
        CHECK(run.err.empty());
    }

    TEST_CASE("a key shorter than 16 bytes is refused: every id could be tried") {
        for (std::string key : {std::string(), std::string("k"), std::string(15, 'x')}) {
            CAPTURE(key);
            Run run = read({key, std::nullopt, std::nullopt});
            CHECK_FALSE(run.key.ok);
            CHECK(run.err.find("ladder: error: --pseudonymise: the key is ") == 0);
            CHECK(run.err.find("expected at least 16 bytes of secret") != std::string::npos);
        }
        CHECK(read({"k", std::nullopt, std::nullopt}).err.find("the key is 1 byte;") !=
              std::string::npos);
    }

    TEST_CASE("a key on the command line still works, with a warning that others can see it") {
        Run run = read({std::string(16, 'x'), std::nullopt, std::nullopt});
        CHECK(run.key.ok);
        CHECK(run.key.key == std::string(16, 'x'));
        CHECK(run.err.find("ladder: warning: --pseudonymise KEY: a key on the command line can "
                           "be seen by other users") == 0);
    }

    TEST_CASE("a key from an environment variable, which must be set and long enough") {
        ::setenv("LADDER_TEST_PSEUDONYM_KEY", "a key of more than sixteen bytes", 1);
        Run run = read({std::nullopt, std::nullopt, "LADDER_TEST_PSEUDONYM_KEY"});
        CHECK(run.key.ok);
        CHECK(run.key.key == "a key of more than sixteen bytes");
        CHECK(run.err.empty());
        ::setenv("LADDER_TEST_PSEUDONYM_KEY", "short", 1);
        run = read({std::nullopt, std::nullopt, "LADDER_TEST_PSEUDONYM_KEY"});
        CHECK_FALSE(run.key.ok);
        CHECK(run.err.find("ladder: error: --pseudonymise-key-env: the key is 5 bytes") == 0);
        ::unsetenv("LADDER_TEST_PSEUDONYM_KEY");
        run = read({std::nullopt, std::nullopt, "LADDER_TEST_PSEUDONYM_KEY"});
        CHECK_FALSE(run.key.ok);
        CHECK(run.err == "ladder: error: --pseudonymise-key-env: the environment variable "
                         "LADDER_TEST_PSEUDONYM_KEY is not set; expected it to hold the key\n");
    }

    TEST_CASE("the key is given one way") {
        Run run = read({std::string(16, 'x'), std::nullopt, "LADDER_TEST_PSEUDONYM_KEY"});
        CHECK_FALSE(run.key.ok);
        CHECK(run.err == "ladder: error: --pseudonymise, --pseudonymise-key-file and "
                         "--pseudonymise-key-env each give the key; expected one of them\n");
    }
}
