#include "util/date.hpp"

#include <charconv>
#include <chrono>
#include <fmt/format.h>

namespace ladder {

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month)) {
        return std::nullopt;
    }
    Date date;
    date.year_ = year;
    date.month_ = month;
    date.day_ = day;
    return date;
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    auto number = [&](std::size_t from, std::size_t length) -> std::optional<int> {
        int value = 0;
        const char* first = text.data() + from;
        const char* last = first + length;
        auto [end, error] = std::from_chars(first, last, value);
        if (error != std::errc() || end != last) {
            return std::nullopt;
        }
        return value;
    };
    auto year = number(0, 4);
    auto month = number(5, 2);
    auto day = number(8, 2);
    if (!year || !month || !day) {
        return std::nullopt;
    }
    return from_ymd(*year, *month, *day);
}

Date Date::today() {
    auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    std::chrono::year_month_day ymd{now};
    return *from_ymd(static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                     static_cast<int>(unsigned(ymd.day())));
}

Date Date::minus_months(int months) const {
    int index = year_ * 12 + (month_ - 1) - months;
    int year = index / 12;
    int month = index % 12 + 1;
    if (year < 1) {
        return *from_ymd(1, 1, 1);
    }
    if (year > 9999) {
        return *from_ymd(9999, 12, 31);
    }
    int day = std::min(day_, days_in_month(year, month));
    return *from_ymd(year, month, day);
}

int Date::whole_months_since(const Date& earlier) const {
    int months = (year_ - earlier.year_) * 12 + (month_ - earlier.month_);
    // A month is complete on the same day-of-month, or on the last day of a shorter month.
    bool reached_day = day_ >= earlier.day_ || day_ == days_in_month(year_, month_);
    if (!reached_day) {
        --months;
    }
    return months;
}

std::string Date::to_string() const {
    return fmt::format("{:04}-{:02}-{:02}", year_, month_, day_);
}

} // namespace ladder
