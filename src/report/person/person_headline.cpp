#include "report/person/person_headline.hpp"

#include "report/person/gap_groups.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

std::string person_headline(const Framework& framework, const Person& person, const Level* current,
                            const Date& as_of, const Style& style, std::size_t width) {
    std::string who = fmt::format("{} ({})", person.name, person.id);
    std::string line =
        wrap_text(fmt::format("{} - {}, as of {}", who,
                              current ? level_label(framework, *current) : person.level.id,
                              as_of.to_string()),
                  width, 2);
    // Styled after wrapping: escape sequences must not count as width. A name too long for
    // one line is left plain rather than bold across a break.
    if (line.starts_with(who)) {
        line = style.bold(who) + line.substr(who.size());
    }
    return line + "\n";
}

} // namespace ladder
