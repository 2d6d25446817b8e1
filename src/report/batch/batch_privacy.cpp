#include "report/batch/batch_privacy.hpp"

#include "report/common/privacy.hpp"

namespace ladder {

namespace {

constexpr std::string_view redacted_file = "(redacted)";

} // namespace

void protect_row(BatchRow& row, const BatchPrivacy& privacy) {
    if (!privacy.redact && !privacy.pseudonym_key) {
        return;
    }
    // The error line starts with the path and may quote the name or id: they go from it too.
    replace_all(row.error, row.file, redacted_file);
    replace_all(row.error, row.name, "(name)");
    row.file.clear();
    row.name.clear();
    if (privacy.pseudonym_key && !row.id.empty()) {
        std::string alias = pseudonym(*privacy.pseudonym_key, row.id);
        replace_all(row.error, row.id, alias);
        row.id = alias;
    }
    if (privacy.pseudonym_key) {
        for (const auto& key : privacy.id_labels) {
            auto label = row.labels.find(key);
            if (label != row.labels.end() && !label->second.empty()) {
                label->second = pseudonym(*privacy.pseudonym_key, label->second);
            }
        }
    }
}

} // namespace ladder
