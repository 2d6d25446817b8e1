#include "util/output_width.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <doctest/doctest.h>
#include <optional>
#include <string>

using namespace ladder;

namespace {

// Sets COLUMNS (or unsets it, with nullopt) for one test, and puts back what was there.
class ColumnsVariable {
public:
    explicit ColumnsVariable(const std::optional<std::string>& value) {
        if (const char* before = std::getenv("COLUMNS")) {
            before_ = before;
        }
        set(value);
    }
    ~ColumnsVariable() { set(before_); }
    ColumnsVariable(const ColumnsVariable&) = delete;
    ColumnsVariable& operator=(const ColumnsVariable&) = delete;

private:
    static void set(const std::optional<std::string>& value) {
        if (value) {
            setenv("COLUMNS", value->c_str(), 1);
        } else {
            unsetenv("COLUMNS");
        }
    }
    std::optional<std::string> before_;
};

// A stream that is never a terminal, with no file behind it: a pipe or a file as far as the
// width is concerned, wherever the tests run.
class MemoryStream {
public:
    MemoryStream() : stream_(fmemopen(buffer_.data(), buffer_.size(), "w")) {}
    ~MemoryStream() { std::fclose(stream_); }
    MemoryStream(const MemoryStream&) = delete;
    MemoryStream& operator=(const MemoryStream&) = delete;
    std::FILE* get() const { return stream_; }

private:
    std::array<char, 16> buffer_{};
    std::FILE* stream_;
};

} // namespace

TEST_SUITE("util/output_width") {

    TEST_CASE("COLUMNS is the width asked for, kept within 40 to 200") {
        MemoryStream stream;
        {
            ColumnsVariable columns("60");
            CHECK(requested_output_width(stream.get()) == 60);
            CHECK(output_width(stream.get()) == 60);
        }
        {
            ColumnsVariable columns("10");
            CHECK(requested_output_width(stream.get()) == min_output_width);
        }
        {
            ColumnsVariable columns("500");
            CHECK(requested_output_width(stream.get()) == max_output_width);
        }
    }

    TEST_CASE("in a pipe or a file with no usable COLUMNS no width is asked for") {
        MemoryStream stream;
        for (auto value : {std::optional<std::string>(), std::optional<std::string>(""),
                           std::optional<std::string>("0"), std::optional<std::string>("wide"),
                           std::optional<std::string>("-80")}) {
            ColumnsVariable columns(value);
            CHECK(requested_output_width(stream.get()) == std::nullopt);
            CHECK(output_width(stream.get()) == default_output_width);
        }
    }
}
