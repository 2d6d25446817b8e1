#include "report/common/privacy.hpp"

#include "util/sha256.hpp"

namespace ladder {

std::string pseudonym(std::string_view key, std::string_view id) {
    return "p-" + to_hex(hmac_sha256(key, id)).substr(0, 16);
}

void replace_all(std::string& text, const std::string& from, std::string_view to) {
    if (from.empty()) {
        return;
    }
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

std::vector<Diagnostic> without_paths(std::vector<Diagnostic> diagnostics) {
    for (auto& diagnostic : diagnostics) {
        diagnostic.where = {"(redacted)", 0, 0};
    }
    return diagnostics;
}

} // namespace ladder
