#pragma once
// `--redact` and `--pseudonymise`: a batch row with every way back to the person removed. The
// columns stay (a script reading them keeps working); the name and the file path (files are
// named after people) become empty, and, with a key, the id becomes a keyed pseudonym that
// every run with the same key gives again, so that two runs can still be joined.

#include "report/batch/batch_row.hpp"
#include "report/common/privacy.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct BatchPrivacy {
    bool redact = false;
    std::optional<std::string> pseudonym_key; // implies redact
    // Labels whose values are person ids (manager, approver labels): pseudonymised with the
    // same key as the row's id, so that a row still joins its manager's.
    std::vector<std::string> id_labels{};
};

void protect_row(BatchRow& row, const BatchPrivacy& privacy);

} // namespace ladder
