#include "util/date.hpp"

#include <doctest/doctest.h>
#include <string>

using ladder::Date;

namespace {

Date d(std::string_view text) {
    auto date = Date::parse(text);
    INFO(text);
    REQUIRE(date.has_value());
    return *date;
}

} // namespace

TEST_SUITE("util/date") {

    TEST_CASE("parse accepts real calendar days and prints them back") {
        for (const char* text : {"2025-01-01", "2024-02-29", "2000-02-29", "2025-12-31",
                                 "0001-01-01", "9999-12-31", "0987-03-04"}) {
            CAPTURE(text);
            auto date = Date::parse(text);
            REQUIRE(date.has_value());
            CHECK(date->to_string() == text);
        }
        Date date = d("2024-02-29");
        CHECK(date.year() == 2024);
        CHECK(date.month() == 2);
        CHECK(date.day() == 29);
    }

    TEST_CASE("parse rejects days that are not on the calendar") {
        SUBCASE("30 February") {
            CHECK_FALSE(Date::parse("2025-02-30").has_value());
        }
        SUBCASE("29 February of a common year") {
            CHECK_FALSE(Date::parse("2025-02-29").has_value());
        }
        SUBCASE("29 February of a century that is not a leap year") {
            CHECK_FALSE(Date::parse("1900-02-29").has_value());
        }
        SUBCASE("31 April") {
            CHECK_FALSE(Date::parse("2025-04-31").has_value());
        }
        SUBCASE("month 13") {
            CHECK_FALSE(Date::parse("2025-13-01").has_value());
        }
        SUBCASE("month 0") {
            CHECK_FALSE(Date::parse("2025-00-10").has_value());
        }
        SUBCASE("day 0") {
            CHECK_FALSE(Date::parse("2025-01-00").has_value());
        }
        SUBCASE("year 0") {
            CHECK_FALSE(Date::parse("0000-01-01").has_value());
        }
    }

    TEST_CASE("parse rejects text that is not YYYY-MM-DD") {
        for (const char* text :
             {"", "2025-1-01", "2025-01-1", "2025/01/01", "25-01-01", "2025-01-01 ", " 2025-01-01",
              "2025-01-1a", "+025-01-01", "2025-+1-01", "2025--1-01", "-001-01-01", "abcd-ef-gh",
              "2025-01-01T00:00"}) {
            CAPTURE(text);
            CHECK_FALSE(Date::parse(text).has_value());
        }
    }

    TEST_CASE("from_ymd checks the calendar like parse") {
        CHECK(Date::from_ymd(2024, 2, 29).has_value());
        CHECK_FALSE(Date::from_ymd(2023, 2, 29).has_value());
        CHECK_FALSE(Date::from_ymd(10000, 1, 1).has_value());
    }

    TEST_CASE("dates compare in calendar order") {
        CHECK(d("2025-01-31") < d("2025-02-01"));
        CHECK(d("2024-12-31") < d("2025-01-01"));
        CHECK(d("2025-03-01") == d("2025-03-01"));
        CHECK(d("2025-03-02") > d("2025-03-01"));
    }

    TEST_CASE("days_in_month knows leap years") {
        CHECK(ladder::days_in_month(2025, 2) == 28);
        CHECK(ladder::days_in_month(2024, 2) == 29);
        CHECK(ladder::days_in_month(2000, 2) == 29);
        CHECK(ladder::days_in_month(2100, 2) == 28);
        CHECK(ladder::days_in_month(2025, 4) == 30);
        CHECK(ladder::days_in_month(2025, 12) == 31);
    }

    TEST_CASE("minus_months keeps the day of the month when it exists") {
        CHECK(d("2026-11-01").minus_months(18) == d("2025-05-01"));
        CHECK(d("2026-01-15").minus_months(1) == d("2025-12-15"));
        CHECK(d("2026-03-15").minus_months(12) == d("2025-03-15"));
        CHECK(d("2026-03-15").minus_months(0) == d("2026-03-15"));
    }

    TEST_CASE("minus_months clamps to the end of a shorter month") {
        SUBCASE("31 March back to February") {
            CHECK(d("2026-03-31").minus_months(1) == d("2026-02-28"));
        }
        SUBCASE("31 March back to February of a leap year") {
            CHECK(d("2024-03-31").minus_months(1) == d("2024-02-29"));
        }
        SUBCASE("31 May back to April") {
            CHECK(d("2025-05-31").minus_months(1) == d("2025-04-30"));
        }
        SUBCASE("29 February back a year") {
            CHECK(d("2024-02-29").minus_months(12) == d("2023-02-28"));
        }
    }

    TEST_CASE("minus_months with a negative count goes forward, clamped the same way") {
        CHECK(d("2025-01-31").minus_months(-1) == d("2025-02-28"));
        CHECK(d("2025-12-31").minus_months(-2) == d("2026-02-28"));
        CHECK(d("2024-01-15").minus_months(-18) == d("2025-07-15"));
    }

    TEST_CASE("minus_months stays within the years 1 to 9999") {
        CHECK(d("0001-03-01").minus_months(5) == d("0001-01-01"));
        CHECK(d("9999-11-30").minus_months(-3) == d("9999-12-31"));
    }

    TEST_CASE("whole_months_since counts a month on the same day of the month") {
        CHECK(d("2025-01-15").whole_months_since(d("2025-01-15")) == 0);
        CHECK(d("2025-02-14").whole_months_since(d("2025-01-15")) == 0);
        CHECK(d("2025-02-15").whole_months_since(d("2025-01-15")) == 1);
        CHECK(d("2026-11-01").whole_months_since(d("2024-03-01")) == 32);
        CHECK(d("2026-10-31").whole_months_since(d("2024-03-01")) == 31);
        CHECK(d("2025-01-14").whole_months_since(d("2024-12-15")) == 0);
        CHECK(d("2025-01-15").whole_months_since(d("2024-12-15")) == 1);
    }

    TEST_CASE("whole_months_since completes a month on the last day of a shorter month") {
        SUBCASE("31 January to 28 February") {
            CHECK(d("2025-02-28").whole_months_since(d("2025-01-31")) == 1);
            CHECK(d("2025-02-27").whole_months_since(d("2025-01-31")) == 0);
        }
        SUBCASE("31 January to February of a leap year") {
            CHECK(d("2024-02-28").whole_months_since(d("2024-01-31")) == 0);
            CHECK(d("2024-02-29").whole_months_since(d("2024-01-31")) == 1);
        }
        SUBCASE("31 January to 30 March is still one month") {
            CHECK(d("2025-03-30").whole_months_since(d("2025-01-31")) == 1);
            CHECK(d("2025-03-31").whole_months_since(d("2025-01-31")) == 2);
        }
        SUBCASE("29 February to 28 February a year later") {
            CHECK(d("2025-02-28").whole_months_since(d("2024-02-29")) == 12);
        }
    }

    TEST_CASE("whole_months_since is negative when the other date is later") {
        CHECK(d("2025-02-15").whole_months_since(d("2025-03-15")) == -1);
    }

    TEST_CASE("whole_months_since undoes minus_months for every day of two years") {
        for (Date day = d("2024-01-01"); day <= d("2025-12-31");) {
            for (int months = 0; months <= 30; ++months) {
                CAPTURE(day.to_string());
                CAPTURE(months);
                REQUIRE(day.whole_months_since(day.minus_months(months)) == months);
            }
            int next = day.day() + 1;
            auto following = Date::from_ymd(day.year(), day.month(), next);
            if (!following) {
                following = day.month() == 12 ? Date::from_ymd(day.year() + 1, 1, 1)
                                              : Date::from_ymd(day.year(), day.month() + 1, 1);
            }
            day = *following;
        }
    }

} // TEST_SUITE
