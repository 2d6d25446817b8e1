#include "util/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace ladder {

std::string_view to_string(Severity severity) {
    return severity == Severity::error ? "error" : "warning";
}

void Diagnostics::error(const Location& where, std::string code, std::string message) {
    items_.push_back({where, Severity::error, std::move(code), std::move(message)});
}

void Diagnostics::warning(const Location& where, std::string code, std::string message) {
    items_.push_back({where, Severity::warning, std::move(code), std::move(message)});
}

void Diagnostics::add(Diagnostic diagnostic) {
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::append(const Diagnostics& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(
        items_.begin(), items_.end(), [](const auto& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const {
    return items_.size() - error_count();
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> result = items_;
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column, a.code) <
               std::tie(b.where.file, b.where.line, b.where.column, b.code);
    });
    // The same problem reached twice (e.g. through two includes) is reported once.
    auto same = [](const Diagnostic& a, const Diagnostic& b) {
        return a.where.file == b.where.file && a.where.line == b.where.line &&
               a.where.column == b.where.column && a.code == b.code && a.message == b.message;
    };
    result.erase(std::unique(result.begin(), result.end(), same), result.end());
    return result;
}

} // namespace ladder
