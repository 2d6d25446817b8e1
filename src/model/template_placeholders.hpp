#pragma once
// The values `ladder template` writes for a person to replace. Left in an evidence file they are
// a warning in `validate --evidence`, and the example item never counts as evidence: a file
// filled in halfway must not be judged on the template's words.

#include "model/person.hpp"

#include <string_view>

namespace ladder::placeholder {

inline constexpr std::string_view person_id = "E0000";
inline constexpr std::string_view person_name = "Your Name";
inline constexpr std::string_view item_id = "first-item";
// An item is the template's example while it keeps this title, whatever else was changed.
inline constexpr std::string_view item_title = "What you did";
// The dates it writes (in_level_since, joined): no one's real date, so never taken for one.
inline Date date() {
    return *Date::from_ymd(1900, 1, 1);
}

inline bool is_placeholder_date(const Date& value) {
    return value.year() == 1900 && value.month() == 1 && value.day() == 1;
}

inline bool is_example_item(const EvidenceItem& item) {
    return item.title == item_title;
}

inline bool is_example_person(const Person& person) {
    return person.id == person_id || person.name == person_name;
}

} // namespace ladder::placeholder
