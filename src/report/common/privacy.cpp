#include "report/common/privacy.hpp"

#include "util/sha256.hpp"

namespace ladder {

std::string pseudonym(std::string_view key, std::string_view id) {
    return "p-" + to_hex(hmac_sha256(key, id)).substr(0, 16);
}

std::vector<Diagnostic> without_paths(std::vector<Diagnostic> diagnostics) {
    for (auto& diagnostic : diagnostics) {
        diagnostic.where = {"(redacted)", 0, 0};
    }
    return diagnostics;
}

} // namespace ladder
