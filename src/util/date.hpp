#pragma once
// Calendar dates (no time of day, no time zone): evaluation is by day, so verdicts do not
// depend on where or when in the day ladder runs.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace ladder {

class Date {
public:
    Date() = default;
    // Only real calendar days are accepted: parse("2025-02-30") is nullopt.
    static std::optional<Date> parse(std::string_view text);
    static std::optional<Date> from_ymd(int year, int month, int day);
    static Date today();

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }

    // The same day N months earlier, clamped to the month's end (2026-03-31 - 1 = 2026-02-28);
    // a negative N goes forward. Clamped to 0001-01-01 .. 9999-12-31.
    Date minus_months(int months) const;
    // Whole months from `earlier` to this date. A month is complete on the same day of the month,
    // or on the last day of a shorter month (2025-01-31 -> 2025-02-28 is 1 month), so that
    // d.whole_months_since(d.minus_months(n)) == n.
    int whole_months_since(const Date& earlier) const;

    std::string to_string() const;
    auto operator<=>(const Date&) const = default;

private:
    int year_ = 1970;
    int month_ = 1;
    int day_ = 1;
};

int days_in_month(int year, int month);

} // namespace ladder
