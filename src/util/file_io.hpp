#pragma once
// The one place where ladder reads and writes files, so every caller gets the same checks:
// regular files only, a size limit before anything is read, and all-or-nothing writes.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ladder {

struct FileText {
    std::optional<std::string> text; // set on success
    std::string error;               // otherwise: why, in words ("no such file", ...)
};

FileText read_text_file(const std::filesystem::path& path, std::uintmax_t max_bytes);

// Writes via a temporary file in the same directory and a rename, so readers see the old
// content or the whole new content, never half. The temporary file is named
// ".NAME.ladder-tmp-PID"; one whose process is gone (killed with SIGKILL) is removed by the
// next write to NAME. A new file is created with mode 0666 less the umask, as a redirection
// would; a file replaced keeps its mode and group (a 0600 report stays 0600), as a redirection
// into it would, and the new content is never more open than the file it replaces, not even
// while it is written (a group that cannot be kept gets no access); a symbolic link is written
// through (the file it points to is replaced); a device or FIFO is written directly. Returns an
// error message with its reason, or "" on success.
std::string write_file_atomically(const std::filesystem::path& path,
                                  const std::function<bool(std::ostream&)>& write);

// Writes `text` to a new or truncated file (mode 0666 less the umask). Returns an error message
// naming the file and the reason ("No space left on device"), or "" on success.
std::string write_text_file(const std::filesystem::path& path, std::string_view text);

} // namespace ladder
