#include "commands/suppressions.hpp"

#include "commands/common.hpp"

#include <utility>

namespace ladder {

namespace {

constexpr std::string_view marker = "# ladder: disable=";

bool is_code_character(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// A file that cannot be read or parsed has not been checked at all: switching that off would
// pass a broken file.
bool can_be_disabled(std::string_view code) {
    return !is_unreadable_code(code) && !code.starts_with("yaml-") && code != "not-utf8" &&
           code != "empty-file" && code != "several-documents";
}

} // namespace

std::set<std::string> codes_disabled_on_line(std::string_view line) {
    std::set<std::string> codes;
    auto at = line.find(marker);
    if (at == std::string_view::npos) {
        return codes;
    }
    std::string_view rest = line.substr(at + marker.size());
    std::string code;
    for (char c : rest) {
        if (is_code_character(c)) {
            code += c;
        } else if (c == ',') {
            codes.insert(std::exchange(code, {}));
        } else {
            break; // the list ends at the first space or other character
        }
    }
    codes.insert(code);
    codes.erase("");
    return codes;
}

Diagnostics without_disabled(const Diagnostics& diagnostics, const std::set<std::string>& disabled,
                             const std::vector<SourceText>& sources) {
    Diagnostics kept;
    SourceLines lines(sources);
    for (const auto& diagnostic : diagnostics.items()) {
        bool switched_off =
            disabled.contains(diagnostic.code) ||
            (diagnostic.where.line > 0 &&
             codes_disabled_on_line(lines.line(diagnostic.where.file, diagnostic.where.line))
                 .contains(diagnostic.code));
        if (!switched_off || !can_be_disabled(diagnostic.code)) {
            kept.add(diagnostic);
        }
    }
    return kept;
}

} // namespace ladder
