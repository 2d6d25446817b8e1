#include "commands/person_input.hpp"

#include "check/evidence_checks.hpp"
#include "load/evidence_loader.hpp"

namespace ladder {

PersonInput read_person(const std::string& path, const Framework& framework, const Date& as_of,
                        const InputLimits& limits) {
    PersonInput input;
    input.path = path;
    input.sources = read_sources(path, limits, input.diagnostics);
    if (input.sources.size() != 1) {
        if (input.sources.size() > 1) {
            input.diagnostics.error({path, 0, 0}, "unreadable-file",
                                    "expected an evidence file, found a directory (use 'ladder "
                                    "batch' for directories)");
        }
        return input;
    }
    input.person =
        load_person(input.sources.front(), limits, input.diagnostics, framework.vocabularies);
    if (input.person) {
        check_person(framework, *input.person, as_of, input.diagnostics);
    }
    if (input.diagnostics.has_errors()) {
        input.person.reset();
    }
    return input;
}

} // namespace ladder
