#pragma once
// One diagnostic type for every loader and check: where (file, 1-based line and column),
// how bad, a stable code for tools, and a message that says what was expected and found.

#include <string>
#include <vector>

namespace ladder {

enum class Severity { error, warning };

std::string_view to_string(Severity severity);

// A place in a source file; line and column are 1-based, 0 means "the whole file".
struct Location {
    std::string file;
    int line = 0;
    int column = 0;
};

struct Diagnostic {
    Location where;
    Severity severity = Severity::error;
    std::string code;
    std::string message;
};

// Collects diagnostics of a whole pass so that all problems are reported in one run.
class Diagnostics {
public:
    void error(const Location& where, std::string code, std::string message);
    void warning(const Location& where, std::string code, std::string message);
    void add(Diagnostic diagnostic);
    void append(const Diagnostics& other);

    bool has_errors() const { return error_count() > 0; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool empty() const { return items_.empty(); }

    // Sorted by file, line, column, then code: the order they are printed in.
    std::vector<Diagnostic> sorted() const;
    const std::vector<Diagnostic>& items() const { return items_; }

private:
    std::vector<Diagnostic> items_;
};

} // namespace ladder
