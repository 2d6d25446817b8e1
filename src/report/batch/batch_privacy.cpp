#include "report/batch/batch_privacy.hpp"

#include "report/common/privacy.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/diagnostics/redaction.hpp"

namespace ladder {

void protect_row(BatchRow& row, const BatchPrivacy& privacy) {
    if (!privacy.redact && !privacy.pseudonym_key) {
        return;
    }
    // The error line is told again from its place and code alone: its message may quote the
    // file (a name where a map belongs), and its path may be shown escaped, where looking for
    // the raw path would miss it.
    if (row.first_error) {
        row.error = render_diagnostic_line(redacted_diagnostic(*row.first_error));
        row.first_error.reset();
    } else if (!row.error.empty()) {
        row.error = std::string(redacted_place) + ": error: not evaluated";
    }
    row.file.clear();
    row.name.clear();
    if (privacy.pseudonym_key && !row.id.empty()) {
        row.id = pseudonym(*privacy.pseudonym_key, row.id);
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
