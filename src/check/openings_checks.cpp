#include "check/openings_checks.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

void check_level(const Framework& framework, const Opening& opening, Diagnostics& diagnostics) {
    if (framework.find_level(opening.level.id)) {
        return;
    }
    diagnostics.error(opening.level.where, "unknown-level",
                      fmt::format("opening '{}': unknown level '{}'{}; expected a level of the "
                                  "framework",
                                  opening.id.id, opening.level.id,
                                  did_you_mean(opening.level.id, framework.level_ids())));
}

// A label no evidence file may carry would make the opening match nobody, silently.
void check_labels(const Framework& framework, const Opening& opening, Diagnostics& diagnostics) {
    const auto& expected = framework.people.labels;
    if (expected.empty()) {
        return;
    }
    for (const auto& label : opening.labels) {
        if (std::find(expected.begin(), expected.end(), label.key.id) == expected.end()) {
            diagnostics.error(label.key.where, "unknown-label",
                              fmt::format("opening '{}': unknown label '{}'{}; expected one of "
                                          "the framework's labels: {}",
                                          opening.id.id, label.key.id,
                                          did_you_mean(label.key.id, expected),
                                          join(expected, ", ")));
        }
    }
}

} // namespace

void check_openings(const Framework& framework, const OpeningsFile& openings,
                    Diagnostics& diagnostics) {
    for (const auto& opening : openings.openings) {
        check_level(framework, opening, diagnostics);
        check_labels(framework, opening, diagnostics);
    }
}

} // namespace ladder
