#pragma once
// Reading one evidence file for a command that evaluates people one file at a time
// (`evaluate`, `place`): the person if the file is valid against the framework, else why not.

#include "commands/common.hpp"
#include "load/people_facts.hpp"
#include "model/person.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct PersonInput {
    std::string path;
    std::optional<Person> person; // none when the file has errors
    Diagnostics diagnostics;
    std::vector<SourceText> sources;
};

PersonInput read_person(const std::string& path, const Framework& framework,
                        const PeopleFacts& facts, const Date& as_of, const InputLimits& limits);

// The warnings of a file that was read (a value left from `ladder template`, a label the roster
// disagrees with...), on stderr unless --quiet: a report never rests silently on them.
void report_warnings(const PersonInput& input, const Console& console, bool quiet);

// For a file that could not be read as a person: prints its diagnostics and "ladder: error:
// PATH: not VERB" on stderr, and returns its entry for the JSON list of errors.
nlohmann::ordered_json report_unread_person(const PersonInput& input,
                                            const std::vector<Diagnostic>& sorted,
                                            std::string_view verb, const Console& console);

// The JSON document of a command that judges people one file at a time: the framework, the
// evaluation date, the people's entries under `key`, and the files that could not be read.
nlohmann::ordered_json people_document(const Framework& framework, const Date& as_of,
                                       std::string_view key, nlohmann::ordered_json people,
                                       nlohmann::ordered_json errors);

} // namespace ladder
