#include "load/openings_loader.hpp"
#include "test_support.hpp"

#include <doctest/doctest.h>

using namespace ladder;
using ladder::test::lines;
using Lines = std::vector<std::string>;

namespace {

Lines load_lines(const std::string& text, std::optional<OpeningsFile>* out = nullptr) {
    Diagnostics diagnostics;
    auto openings = load_openings({"openings.yaml", text}, InputLimits{}, diagnostics);
    if (out != nullptr) {
        *out = std::move(openings);
    }
    return lines(diagnostics);
}

} // namespace

TEST_SUITE("load/openings_loader") {

    TEST_CASE("a complete openings file loads, labels sorted by key") {
        std::optional<OpeningsFile> file;
        CHECK(load_lines(R"(title: Plan
openings:
  - id: staff
    level: IC4
    count: 2
    labels: {team: payments, department: engineering}
    note: For the ledger.
  - id: em
    level: M1
)",
                         &file) == Lines{});
        REQUIRE(file.has_value());
        CHECK(file->title == "Plan");
        REQUIRE(file->openings.size() == 2);
        const Opening& staff = file->openings[0];
        CHECK(staff.id.id == "staff");
        CHECK(staff.level.id == "IC4");
        CHECK(staff.count == 2);
        REQUIRE(staff.labels.size() == 2);
        CHECK(staff.labels[0].key.id == "department");
        CHECK(staff.labels[1].value == "payments");
        CHECK(staff.note == "For the ledger.");
        CHECK(file->openings[1].count == 1);
    }

    TEST_CASE("a duplicate id is reported at the second, naming the first's line") {
        CHECK(load_lines("openings:\n  - {id: a, level: IC4}\n  - {id: a, level: M1}\n") ==
              Lines{"openings.yaml:3:10: error: opening 'a' is also defined at line 2; expected "
                    "each opening id once [duplicate-opening]"});
    }

    TEST_CASE("missing keys, an unknown key, a zero count and a list of labels are reported") {
        CHECK(load_lines(R"(openings:
  - {level: IC4}
  - {id: b, level: IC4, cuont: 2}
  - {id: c, level: IC4, count: 0}
  - {id: d, level: IC4, labels: [payments]}
)") == Lines{"openings.yaml:2:5: error: opening: missing required key 'id' [missing-key]",
             "openings.yaml:3:25: error: opening 'b': unknown key 'cuont' (did you mean "
             "'count'?) [unknown-key]",
             "openings.yaml:4:32: error: opening 'c' 'count': expected a whole number from "
             "1 to 10000, found 0 [out-of-range]",
             "openings.yaml:5:33: error: opening 'd' labels: expected a map of label to "
             "text, found a list [wrong-type]"});
    }

    TEST_CASE("openings that is not a list is reported") {
        CHECK(load_lines("openings: {id: a, level: IC4}\n") ==
              Lines{"openings.yaml:1:11: error: openings: expected a list of openings, found a "
                    "map [wrong-type]"});
    }
}
