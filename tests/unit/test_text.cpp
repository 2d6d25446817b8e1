#include "util/text.hpp"

#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace ladder;

TEST_SUITE("util/text") {

    TEST_CASE("edit_distance counts insertions, deletions and substitutions") {
        CHECK(edit_distance("", "") == 0);
        CHECK(edit_distance("abc", "") == 3);
        CHECK(edit_distance("", "abc") == 3);
        CHECK(edit_distance("craft", "craft") == 0);
        CHECK(edit_distance("craft", "craf") == 1);
        CHECK(edit_distance("craft", "crafts") == 1);
        CHECK(edit_distance("kitten", "sitting") == 3);
        CHECK(edit_distance("L0", "L1") == 1);
    }

    TEST_CASE("edit_distance counts a swap of neighbouring characters as one edit") {
        CHECK(edit_distance("titel", "title") == 1);
        CHECK(edit_distance("scoep", "scope") == 1);
        CHECK(edit_distance("ab", "ba") == 1);
        CHECK(edit_distance("technical_depht", "technical_depth") == 1);
        SUBCASE("a swapped character is not edited again (optimal string alignment)") {
            CHECK(edit_distance("ca", "abc") == 3);
        }
    }

    TEST_CASE("closest_match finds a plausible typo") {
        std::vector<std::string> keys = {"id", "title", "description", "guidance", "required"};
        CHECK(closest_match("titel", keys) == "title");
        CHECK(closest_match("descripton", keys) == "description");
        CHECK(closest_match("guidence", keys) == "guidance");
        CHECK(closest_match("title", keys) == "title");
    }

    TEST_CASE("closest_match allows one edit per three characters, at least one, at most three") {
        SUBCASE("short words: one edit") {
            CHECK(closest_match("ab", {"ax"}) == "ax");
            CHECK_FALSE(closest_match("ab", {"xy"}).has_value());
            CHECK(closest_match("abcde", {"abxde"}) == "abxde");
            CHECK_FALSE(closest_match("abcde", {"axcdy"}).has_value());
        }
        SUBCASE("six letters: two edits") {
            CHECK(closest_match("abcdef", {"abxdey"}) == "abxdey");
            CHECK_FALSE(closest_match("abcdef", {"xbxdey"}).has_value());
        }
        SUBCASE("long words: never more than three") {
            CHECK(closest_match("abcdefghijkl", {"abcdefghixyz"}) == "abcdefghixyz");
            CHECK_FALSE(closest_match("abcdefghijkl", {"abcdefghwxyz"}).has_value());
        }
    }

    TEST_CASE("closest_match prefers the nearest candidate, then the first") {
        CHECK(closest_match("crafts", {"craftsman", "craft"}) == "craft");
        CHECK(closest_match("L0", {"L1", "L2"}) == "L1");
        CHECK_FALSE(closest_match("anything", {}).has_value());
    }

    TEST_CASE("closest_match takes the same word in other case, and a long or short form") {
        CHECK(closest_match("ic2", {"IC1", "IC2"}) == "IC2");
        CHECK(closest_match("Title", {"titles", "title"}) == "title");
        CHECK(closest_match("minimum", {"competency", "min"}) == "min");
        CHECK(closest_match("desc", {"id", "description"}) == "description");
        CHECK(closest_match("mi", {"min"}) == "min");
        CHECK_FALSE(closest_match("a", {"abc"}).has_value());
    }

    TEST_CASE("did_you_mean names the end of a numbered series a number went past") {
        std::vector<std::string> levels = {"IC1", "IC2", "IC3", "IC7", "M1", "M2"};
        CHECK(did_you_mean("IC9", levels) == " (the highest is 'IC7')");
        CHECK(did_you_mean("M0", levels) == " (the lowest is 'M1')");
        CHECK(did_you_mean("IC44", {"IC4", "IC5"}) == " (did you mean 'IC4'?)"); // one typo
        CHECK(did_you_mean("ic2", levels) == " (did you mean 'IC2'?)");
        CHECK(did_you_mean("IC5", levels) == " (did you mean 'IC1'?)"); // inside the series
    }

    TEST_CASE("did_you_mean makes the suggestion text") {
        CHECK(did_you_mean("titel", {"title"}) == " (did you mean 'title'?)");
        CHECK(did_you_mean("colour", {"title", "band"}) == "");
    }

    TEST_CASE("join and plural") {
        CHECK(join({}, ", ") == "");
        CHECK(join({"a"}, ", ") == "a");
        CHECK(join({"a", "b", "c"}, ", ") == "a, b, c");
        CHECK(plural(0, "file") == "0 files");
        CHECK(plural(1, "file") == "1 file");
        CHECK(plural(2, "file") == "2 files");
        CHECK(plural(1, "person", "people") == "1 person");
        CHECK(plural(3, "person", "people") == "3 people");
    }

    TEST_CASE("is_valid_utf8 accepts well-formed UTF-8") {
        CHECK(is_valid_utf8(""));
        CHECK(is_valid_utf8("plain ASCII\n"));
        CHECK(is_valid_utf8("caf\xc3\xa9"));               // é, two bytes
        CHECK(is_valid_utf8("\xe2\x82\xac"));              // €, three bytes
        CHECK(is_valid_utf8("\xf0\x9f\x99\x82"));          // an emoji, four bytes
        CHECK(is_valid_utf8("\xf4\x8f\xbf\xbf"));          // U+10FFFF, the last code point
        CHECK(is_valid_utf8(std::string_view("a\0b", 3))); // NUL is valid UTF-8
    }

    TEST_CASE("is_valid_utf8 rejects malformed bytes and says where") {
        auto bad_at = [](std::string_view text) -> long {
            std::size_t offset = 12345;
            if (is_valid_utf8(text, &offset)) {
                return -1;
            }
            return static_cast<long>(offset);
        };
        SUBCASE("a Latin-1 byte") {
            CHECK(bad_at("caf\xe9") == 3);
        }
        SUBCASE("a continuation byte on its own") {
            CHECK(bad_at("ab\x80") == 2);
        }
        SUBCASE("a sequence cut short by the end") {
            CHECK(bad_at("ab\xc3") == 2);
        }
        SUBCASE("a sequence cut short by another character") {
            CHECK(bad_at("a\xe2\x82x") == 1);
        }
        SUBCASE("an overlong encoding of '/'") {
            CHECK(bad_at("\xc0\xaf") == 0);
        }
        SUBCASE("an overlong three-byte encoding") {
            CHECK(bad_at("\xe0\x80\xaf") == 0);
        }
        SUBCASE("a UTF-16 surrogate") {
            CHECK(bad_at("x\xed\xa0\x80") == 1);
        }
        SUBCASE("beyond U+10FFFF") {
            CHECK(bad_at("\xf4\x90\x80\x80") == 0);
        }
        SUBCASE("a byte that never starts a sequence") {
            CHECK(bad_at("\xff") == 0);
        }
        SUBCASE("the offset is optional") {
            CHECK_FALSE(is_valid_utf8("\xff"));
        }
    }

    TEST_CASE("format_number drops trailing zeros") {
        CHECK(format_number(1) == "1");
        CHECK(format_number(0) == "0");
        CHECK(format_number(0.5) == "0.5");
        CHECK(format_number(2.25) == "2.25");
        CHECK(format_number(10) == "10");
        CHECK(format_number(1000) == "1000");
    }

    TEST_CASE("wrap_text keeps line breaks and lines a list item's wrapped lines up") {
        CHECK(wrap_text("Steps:\n1. read the first line\n- a bullet that wraps", 20, 2) ==
              "Steps:\n  1. read the first\n     line\n  - a bullet that\n    wraps");
        CHECK(wrap_text("one\n\ntwo\n", 20, 4) == "one\n\n    two");
    }

    TEST_CASE("wrap_text shows control characters and indents the text's own line breaks") {
        CHECK(wrap_text("one\nREADY for IC2", 40, 4) == "one\n    READY for IC2");
        CHECK(wrap_text("clear \x1b[2J here", 40, 0) == "clear \\x1b[2J here");
    }

} // TEST_SUITE

TEST_SUITE("util/text") {

    TEST_CASE("shorten_text cuts long text at a character boundary and marks the cut") {
        CHECK(shorten_text("short", 10) == "short");
        CHECK(shorten_text("abcdefghij", 8) == "abcde...");
        CHECK(shorten_text("\u00e9\u00e9\u00e9\u00e9", 6) == "\u00e9...");
    }
}
