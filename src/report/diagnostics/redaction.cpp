#include "report/diagnostics/redaction.hpp"

#include "report/diagnostics/diagnostic_codes.hpp"

namespace ladder {

Diagnostic redacted_diagnostic(const Diagnostic& diagnostic) {
    Diagnostic redacted = diagnostic;
    redacted.where.file = std::string(redacted_place);
    redacted.message = describe_code(diagnostic.code).description;
    return redacted;
}

std::vector<Diagnostic> redacted_diagnostics(std::vector<Diagnostic> diagnostics) {
    for (auto& diagnostic : diagnostics) {
        diagnostic = redacted_diagnostic(diagnostic);
    }
    return diagnostics;
}

} // namespace ladder
