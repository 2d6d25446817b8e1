#include "report/batch/batch_privacy.hpp"

#include "util/sha256.hpp"

namespace ladder {

namespace {

constexpr std::string_view redacted_file = "(redacted)";

void replace_all(std::string& text, const std::string& from, std::string_view to) {
    if (from.empty()) {
        return;
    }
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

} // namespace

std::string pseudonym(std::string_view key, std::string_view id) {
    return "p-" + to_hex(hmac_sha256(key, id)).substr(0, 16);
}

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
}

} // namespace ladder
