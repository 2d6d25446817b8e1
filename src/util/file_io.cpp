#include "util/file_io.hpp"

#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <unistd.h>

namespace ladder {
namespace fs = std::filesystem;

namespace {

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
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {std::nullopt, fmt::format("cannot open: {}", std::strerror(errno))};
    }
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size)) {
        return {std::nullopt, "cannot read the whole file"};
    }
    return {std::move(text), {}};
}

std::string write_file_atomically(const fs::path& path,
                                  const std::function<bool(std::ostream&)>& write) {
    fs::path directory = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::string pattern = (directory / ("." + path.filename().string() + ".tmp.XXXXXX")).string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        return fmt::format("cannot create a temporary file in '{}': {}", directory.string(),
                           std::strerror(errno));
    }
    ::close(fd);
    bool written = false;
    {
        std::ofstream out(pattern, std::ios::binary | std::ios::trunc);
        written = out && write(out);
        out.flush();
        written = written && out.good();
    }
    std::error_code error;
    if (!written) {
        fs::remove(pattern, error);
        return fmt::format("cannot write '{}'", path.string());
    }
    fs::rename(pattern, path, error);
    if (error) {
        fs::remove(pattern, error);
        return fmt::format("cannot replace '{}': {}", path.string(), error.message());
    }
    return {};
}

} // namespace ladder
