#include "load/roster_loader.hpp"
#include "test_support.hpp"

using namespace ladder;
using ladder::test::lines;

namespace {

std::optional<Roster> roster(const std::string& path, const std::string& text,
                             Diagnostics& diagnostics) {
    return load_roster({path, text}, InputLimits{}, diagnostics);
}

} // namespace

TEST_SUITE("load/roster_loader") {
    TEST_CASE("a CSV roster: people by id, every other column a fact, empty cells absent") {
        Diagnostics diagnostics;
        auto loaded = roster("roster.csv",
                             "name,id,manager,team\n"
                             "Bo Lee,E2,E1,core\n"
                             "Ana Ruiz,E1,,core\n",
                             diagnostics);
        CHECK(lines(diagnostics) == std::vector<std::string>{});
        REQUIRE(loaded.has_value());
        REQUIRE(loaded->people.size() == 2);
        CHECK(loaded->people[0].id == "E1"); // sorted by id
        CHECK(loaded->people[0].facts.count("manager") == 0);
        const RosterPerson* bo = loaded->find("E2");
        REQUIRE(bo != nullptr);
        CHECK(bo->name == "Bo Lee");
        CHECK(bo->facts.at("manager") == "E1");
        CHECK(bo->where.line == 2);
        CHECK(bo->where.column == 8);
        CHECK(loaded->find("e2") == nullptr);
        CHECK(loaded->find_ignoring_case("e2") == bo);
    }

    TEST_CASE("a YAML roster reads the same") {
        Diagnostics diagnostics;
        auto loaded = roster("roster.yaml",
                             "roster:\n  - {id: E1, name: Ana Ruiz, team: core}\n"
                             "  - {id: E2, name: Bo Lee, manager: E1}\n",
                             diagnostics);
        CHECK(lines(diagnostics) == std::vector<std::string>{});
        REQUIRE(loaded.has_value());
        CHECK(loaded->find("E2")->facts.at("manager") == "E1");
        CHECK(loaded->columns == std::vector<std::string>{"id", "name", "team", "manager"});
    }

    TEST_CASE("mistakes point at their cell") {
        Diagnostics diagnostics;
        SUBCASE("no id column") {
            roster("r.csv", "ID,name\nE1,Ana\n", diagnostics);
            CHECK(lines(diagnostics) ==
                  std::vector<std::string>{"r.csv:1:1: error: roster: expected a header row with "
                                           "an 'id' column, found ID, name (rename 'ID' to "
                                           "'id': column names are compared exactly) "
                                           "[missing-column]"});
        }
        SUBCASE("a row of the wrong width") {
            roster("r.csv", "id,name\nE1\n", diagnostics);
            CHECK(lines(diagnostics) ==
                  std::vector<std::string>{"r.csv:2:1: error: roster: expected 2 cells as in the "
                                           "header, found 1 [roster-row-width]"});
        }
        SUBCASE("an id twice, and one that differs only in case") {
            roster("r.csv", "id\nE1\nE1\ne1\n", diagnostics);
            CHECK(lines(diagnostics) ==
                  std::vector<std::string>{
                      "r.csv:3:1: error: roster: the id 'E1' is already on line 2; expected each "
                      "person once [duplicate-id]",
                      "r.csv:4:1: error: roster: the id 'e1' differs only in case from the one on "
                      "line 2; ids are compared exactly, so expected one spelling "
                      "[id-case-mismatch]"});
        }
        SUBCASE("a quote left open") {
            roster("r.csv", "id,name\nE1,\"Ana\n", diagnostics);
            CHECK(lines(diagnostics) ==
                  std::vector<std::string>{"r.csv:2:4: error: roster: a quoted cell is never "
                                           "closed; expected a closing quote, found the end of "
                                           "the file [csv-syntax]"});
        }
        SUBCASE("an id with a space") {
            roster("r.csv", "id\nE 1\n", diagnostics);
            CHECK(lines(diagnostics) ==
                  std::vector<std::string>{"r.csv:2:1: error: roster 'id': expected an id "
                                           "(letters, digits, '-', '_', '.'), found 'E 1' "
                                           "[invalid-id]"});
        }
    }
}
