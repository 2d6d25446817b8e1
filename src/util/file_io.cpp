#include "util/file_io.hpp"

#include "util/fd_output.hpp"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ladder {
namespace fs = std::filesystem;

namespace {

constexpr const char* temporary_marker = ".ladder-tmp-";

std::string describe_file_type(fs::file_type type) {
    switch (type) {
    case fs::file_type::directory:
        return "a directory";
    case fs::file_type::fifo:
        return "a FIFO (named pipe)";
    case fs::file_type::socket:
        return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
        return "a device";
    default:
        return "not a regular file";
    }
}

// Reads to the end of the file, not just the size it had when it was opened: a file that
// grows meanwhile (a log still being written) is read whole, within the limit.
FileText read_to_end(const fs::path& path, std::uintmax_t max_bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {std::nullopt, fmt::format("cannot open: {}", std::strerror(errno))};
    }
    std::string text;
    std::array<char, 64 * 1024> chunk{};
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0) {
        text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
        if (text.size() > max_bytes) {
            return {std::nullopt, fmt::format("the file grew past the limit of {} bytes while it "
                                              "was read (raise it with --max-file-size)",
                                              max_bytes)};
        }
    }
    if (in.bad()) {
        return {std::nullopt, "cannot read the whole file"};
    }
    return {std::move(text), {}};
}

std::string temporary_prefix(const fs::path& target) {
    return "." + target.filename().string() + temporary_marker;
}

bool process_is_gone(const std::string& pid_text) {
    if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos ||
        pid_text.size() > 9) {
        return false;
    }
    return ::kill(static_cast<pid_t>(std::stoi(pid_text)), 0) != 0 && errno == ESRCH;
}

// A run killed outright (SIGKILL, a power cut) leaves its temporary file behind; its name says
// which process wrote it, and once that process is gone the file is removed here.
void remove_stale_temporaries(const fs::path& target) {
    fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string prefix = temporary_prefix(target);
    std::error_code error;
    for (fs::directory_iterator it(directory, error); !error && it != fs::directory_iterator();
         it.increment(error)) {
        std::string name = it->path().filename().string();
        if (name.rfind(prefix, 0) == 0 && process_is_gone(name.substr(prefix.size()))) {
            std::error_code ignored;
            fs::remove(it->path(), ignored);
        }
    }
}

std::string finish_writing(FdOutput& out, int fd, bool written) {
    out.flush();
    std::string error = out.error();
    if (::close(fd) != 0 && error.empty()) {
        error = std::strerror(errno); // NFS and some disks report a full disk only here
    }
    if (error.empty() && !written) {
        error = "the report was not complete";
    }
    return error;
}

std::string write_in_place(const fs::path& path, const std::function<bool(std::ostream&)>& write) {
    int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) {
        return fmt::format("cannot open '{}': {}", path.string(), std::strerror(errno));
    }
    FdOutput out(fd);
    bool written = write(out);
    std::string error = finish_writing(out, fd, written);
    return error.empty() ? "" : fmt::format("cannot write '{}': {}", path.string(), error);
}

// The replaced file's mode and group on the new one, as a shell redirection into it keeps them:
// a report made private (0600) stays private. The group first (changing it may clear the
// set-id bits), then the mode. A group that cannot be kept (a file of a group the user is not
// in) loses its access instead of passing it to the user's own group. "" or why not.
std::string keep_mode_and_group(int fd, const struct stat& existing) {
    mode_t mode = existing.st_mode & 07777;
    struct stat created {};
    if (::fstat(fd, &created) == 0 && created.st_gid != existing.st_gid &&
        ::fchown(fd, static_cast<uid_t>(-1), existing.st_gid) != 0) {
        mode &= ~static_cast<mode_t>(S_IRWXG | S_ISGID);
    }
    if (::fchmod(fd, mode) != 0) {
        return fmt::format("cannot give it the mode of the file it replaces: {}",
                           std::strerror(errno));
    }
    return "";
}

// `shown`: the path as the user gave it, for messages. `existing`: the file replaced, if any.
std::string write_via_temporary(const fs::path& target, const fs::path& shown,
                                const std::function<bool(std::ostream&)>& write,
                                const struct stat* existing) {
    fs::path temporary =
        target.parent_path() / (temporary_prefix(target) + std::to_string(::getpid()));
    ::unlink(temporary.c_str()); // left by an earlier process that had this id
    // A new file: mode 0666 less the umask, as a shell redirection creates a file. Over an
    // existing file: created for its owner alone, then given its group and exactly its mode
    // before a byte is written, so that nobody the old file kept out can open the new one.
    mode_t mode = existing != nullptr ? (existing->st_mode & S_IRWXU) : 0666;
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        return fmt::format("cannot create a temporary file beside '{}': {}", shown.string(),
                           std::strerror(errno));
    }
    if (existing != nullptr) {
        if (std::string error = keep_mode_and_group(fd, *existing); !error.empty()) {
            ::close(fd);
            ::unlink(temporary.c_str());
            return fmt::format("cannot write '{}': {}", shown.string(), error);
        }
    }
    FdOutput out(fd);
    bool written = write(out);
    std::string error = finish_writing(out, fd, written);
    if (error.empty() && ::rename(temporary.c_str(), target.c_str()) != 0) {
        error = fmt::format("cannot replace it: {}", std::strerror(errno));
    }
    if (!error.empty()) {
        ::unlink(temporary.c_str());
        return fmt::format("cannot write '{}': {}", shown.string(), error);
    }
    return {};
}

} // namespace

FileText read_text_file(const fs::path& path, std::uintmax_t max_bytes) {
    std::error_code error;
    auto status = fs::status(path, error);
    if (error) {
        if (fs::is_symlink(fs::symlink_status(path, error))) {
            return {std::nullopt, "a broken symbolic link or a symbolic link loop"};
        }
        return {std::nullopt, "no such file"};
    }
    if (status.type() != fs::file_type::regular) {
        return {std::nullopt,
                fmt::format("expected a file, found {}", describe_file_type(status.type()))};
    }
    auto size = fs::file_size(path, error);
    if (error) {
        return {std::nullopt, error.message()};
    }
    if (size > max_bytes) {
        return {std::nullopt, fmt::format("the file is {} bytes, more than the limit of {} bytes "
                                          "(raise it with --max-file-size)",
                                          size, max_bytes)};
    }
    return read_to_end(path, max_bytes);
}

std::string write_file_atomically(const fs::path& path,
                                  const std::function<bool(std::ostream&)>& write) {
    std::error_code ignored; // a path that does not exist yet is the usual case
    auto status = fs::status(path, ignored);
    if (fs::is_symlink(fs::symlink_status(path, ignored)) && !fs::exists(status)) {
        return fmt::format("'{}' is a symbolic link to a file that does not exist; refusing to "
                           "write through it",
                           path.string());
    }
    if (fs::exists(status) && !fs::is_regular_file(status)) {
        // A device or a pipe (/dev/stdout, a FIFO) cannot be replaced: write to it directly,
        // as a shell redirection would.
        return write_in_place(path, write);
    }
    // Through a symbolic link: the link stays and the file it points to is replaced.
    std::error_code error;
    fs::path target = fs::exists(status) ? fs::canonical(path, error) : path;
    if (error) {
        return fmt::format("cannot resolve '{}': {}", path.string(), error.message());
    }
    remove_stale_temporaries(target);
    struct stat existing {};
    bool replaces = fs::exists(status) && ::stat(target.c_str(), &existing) == 0;
    return write_via_temporary(target, path, write, replaces ? &existing : nullptr);
}

std::string write_text_file(const fs::path& path, std::string_view text) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) {
        return fmt::format("cannot create '{}': {}", path.string(), std::strerror(errno));
    }
    FdOutput out(fd);
    out << text;
    std::string error = finish_writing(out, fd, true);
    return error.empty() ? "" : fmt::format("cannot write '{}': {}", path.string(), error);
}

} // namespace ladder
