#pragma once
// The JSON document of people_document() (commands/person_input), written a person at a time
// as each is judged: the same bytes, with one person's entry in memory instead of everyone's
// (a document of 30,000 placements held whole took 1.8 GB). The errors, one per unreadable
// file, come after the people in the document, so they are kept until finish().

#include "model/framework.hpp"
#include "util/date.hpp"

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

namespace ladder {

class PeopleJsonStream {
public:
    // Writes nothing yet: the document opens with the first entry or with finish().
    PeopleJsonStream(std::ostream& out, const Framework& framework, const Date& as_of,
                     std::string_view key);

    void add_person(const nlohmann::ordered_json& person);
    void add_error(nlohmann::ordered_json error);
    // Closes the people's list, writes the errors and ends the document (with a line break).
    void finish();

private:
    void open();

    std::ostream& out_;
    const Framework& framework_;
    Date as_of_;
    std::string key_;
    bool opened_ = false;
    std::size_t people_ = 0;
    nlohmann::ordered_json errors_ = nlohmann::ordered_json::array();
};

} // namespace ladder
