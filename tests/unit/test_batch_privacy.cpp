#include "report/batch/batch_privacy.hpp"
#include "report/diagnostics/diagnostic_codes.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

BatchRow error_row(const std::string& file = "people/ana-lima.yaml",
                   const std::string& message = "rating of 'x' by E2001") {
    Diagnostics diagnostics;
    diagnostics.error({file, 3, 5}, "wrong-type", message);
    BatchRow row = make_error_row(file, nullptr, diagnostics);
    row.id = "E2001"; // what the file told before the error
    row.name = "Ana Lima";
    return row;
}

std::string wrong_type() {
    return describe_code("wrong-type").description;
}

} // namespace

TEST_SUITE("report/batch_privacy") {

    TEST_CASE("redacting empties name and file; the error keeps its place and code only") {
        BatchRow row = error_row();
        CHECK(row.error == "people/ana-lima.yaml:3:5: error: rating of 'x' by E2001 [wrong-type]");
        protect_row(row, {true, std::nullopt, {}});
        CHECK(row.file.empty());
        CHECK(row.name.empty());
        CHECK(row.id == "E2001");
        CHECK(row.error == "(redacted):3:5: error: " + wrong_type() + " [wrong-type]");
    }

    TEST_CASE("a redacted error quotes nothing of the file, whatever its name's bytes") {
        // A Latin-1 name (not UTF-8), a tab and a bidi override: the row shows each escaped, so
        // looking for the raw path in the error line would not find it.
        for (std::string file :
             {std::string("people/Zo\xe9 M\xfcller.yaml"), std::string("people/Zoe\tMuller.yaml"),
              std::string("people/\xe2\x80\xaeZoe.yaml")}) {
            CAPTURE(file);
            BatchRow row = error_row(file, "person: expected a map, found 'Zoe Secret'");
            CHECK(row.error.find("Zoe") != std::string::npos);
            protect_row(row, {true, std::nullopt});
            CHECK(row.error == "(redacted):3:5: error: " + wrong_type() + " [wrong-type]");
        }
    }

    TEST_CASE("a pseudonym is HMAC-SHA-256 of the id under the key, the same every time") {
        CHECK(pseudonym("Jefe", "what do ya want for nothing?") == "p-5bdcc146bf60754e");
        BatchRow row = error_row();
        protect_row(row, {true, std::string("a key of sixteen bytes"), {}});
        CHECK(row.id == pseudonym("a key of sixteen bytes", "E2001"));
        CHECK(row.error.find("E2001") == std::string::npos);
        CHECK(pseudonym("other key", "E2001") != row.id);
    }

    TEST_CASE("without redaction nothing changes") {
        BatchRow row = error_row();
        protect_row(row, {});
        CHECK(row.file == "people/ana-lima.yaml");
        CHECK(row.name == "Ana Lima");
        CHECK(row.error == "people/ana-lima.yaml:3:5: error: rating of 'x' by E2001 [wrong-type]");
    }
}
