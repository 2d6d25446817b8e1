#pragma once
// The one place where ladder reads and writes files, so every caller gets the same checks:
// regular files only, a size limit before anything is read, and all-or-nothing writes.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

namespace ladder {

struct FileText {
    std::optional<std::string> text; // set on success
    std::string error;               // otherwise: why, in words ("no such file", ...)
};

FileText read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

// Writes via a temporary file in the same directory and a rename, so readers see the old
// content or the whole new content, never half. Returns an error message, or "" on success.
std::string write_file_atomically(const std::filesystem::path& path,
                                  const std::function<bool(std::ostream&)>& write);

} // namespace ladder
