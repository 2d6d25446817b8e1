#include "report/batch/batch_privacy.hpp"

#include <doctest/doctest.h>

using namespace ladder;

namespace {

BatchRow error_row() {
    BatchRow row;
    row.file = "people/ana-lima.yaml";
    row.id = "E2001";
    row.name = "Ana Lima";
    row.status = BatchStatus::error;
    row.error = "people/ana-lima.yaml:3:5: error: rating of 'x' by E2001 [wrong-type]";
    return row;
}

} // namespace

TEST_SUITE("report/batch_privacy") {

    TEST_CASE("redacting empties name and file, also in the error, the id stays") {
        BatchRow row = error_row();
        protect_row(row, {true, std::nullopt, {}});
        CHECK(row.file.empty());
        CHECK(row.name.empty());
        CHECK(row.id == "E2001");
        CHECK(row.error == "(redacted):3:5: error: rating of 'x' by E2001 [wrong-type]");
    }

    TEST_CASE("a pseudonym is HMAC-SHA-256 of the id under the key, the same every time") {
        CHECK(pseudonym("Jefe", "what do ya want for nothing?") == "p-5bdcc146bf60754e");
        BatchRow row = error_row();
        protect_row(row, {true, std::string("k"), {}});
        CHECK(row.id == pseudonym("k", "E2001"));
        CHECK(row.error.find("E2001") == std::string::npos);
        CHECK(pseudonym("other key", "E2001") != row.id);
    }

    TEST_CASE("without redaction nothing changes") {
        BatchRow row = error_row();
        protect_row(row, {});
        CHECK(row.file == "people/ana-lima.yaml");
        CHECK(row.name == "Ana Lima");
    }
}
