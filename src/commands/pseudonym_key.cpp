#include "commands/pseudonym_key.hpp"

#include "util/visible_text.hpp"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>

namespace ladder {

namespace {

// The file's bytes, or why not. Regular files, and pipes and devices too, so that a key kept in
// a password manager can come through process substitution: --pseudonymise-key-file <(pass ...).
std::optional<std::string> read_key_file(const std::string& path, const Console& console) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        console.err << fmt::format("ladder: error: --pseudonymise-key-file: cannot open '{}': {}\n",
                                   visible_text(path), std::strerror(errno));
        return std::nullopt;
    }
    struct stat status {};
    if (::fstat(fd, &status) == 0) {
        if (S_ISDIR(status.st_mode)) {
            ::close(fd);
            console.err << fmt::format("ladder: error: --pseudonymise-key-file: '{}' is a "
                                       "directory; expected a file holding the key\n",
                                       visible_text(path));
            return std::nullopt;
        }
        if (S_ISREG(status.st_mode) && (status.st_mode & (S_IRGRP | S_IROTH)) != 0) {
            console.err << fmt::format("ladder: warning: --pseudonymise-key-file: '{}' can be "
                                       "read by other users (mode {:04o}); whoever reads the key "
                                       "can reverse every pseudonym (chmod 600 it)\n",
                                       visible_text(path), status.st_mode & 07777);
        }
    }
    std::string key;
    std::array<char, 4096> chunk{};
    while (key.size() <= max_pseudonym_key_bytes + 2) {
        ssize_t got = ::read(fd, chunk.data(), chunk.size());
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            int error = errno;
            ::close(fd);
            console.err << fmt::format("ladder: error: --pseudonymise-key-file: cannot read "
                                       "'{}': {}\n",
                                       visible_text(path), std::strerror(error));
            return std::nullopt;
        }
        if (got == 0) {
            break;
        }
        key.append(chunk.data(), static_cast<std::size_t>(got));
    }
    ::close(fd);
    if (key.ends_with("\r\n")) {
        key.resize(key.size() - 2);
    } else if (key.ends_with('\n')) {
        key.pop_back();
    }
    if (key.size() > max_pseudonym_key_bytes) {
        console.err << fmt::format("ladder: error: --pseudonymise-key-file: '{}' holds more than "
                                   "{} bytes; expected a file holding one key\n",
                                   visible_text(path), max_pseudonym_key_bytes);
        return std::nullopt;
    }
    return key;
}

std::optional<std::string> read_key_variable(const std::string& name, const Console& console) {
    const char* value = std::getenv(name.c_str());
    if (value == nullptr) {
        console.err << fmt::format("ladder: error: --pseudonymise-key-env: the environment "
                                   "variable {} is not set; expected it to hold the key\n",
                                   visible_text(name));
        return std::nullopt;
    }
    return std::string(value);
}

} // namespace

PseudonymKey read_pseudonym_key(const PseudonymKeyOptions& options, const Console& console) {
    int given = static_cast<int>(options.literal.has_value()) +
                static_cast<int>(options.file.has_value()) +
                static_cast<int>(options.variable.has_value());
    if (given > 1) {
        console.err << "ladder: error: --pseudonymise, --pseudonymise-key-file and "
                       "--pseudonymise-key-env each give the key; expected one of them\n";
        return {false, std::nullopt};
    }
    std::optional<std::string> key;
    std::string option = "--pseudonymise";
    if (options.file) {
        option = "--pseudonymise-key-file";
        key = read_key_file(*options.file, console);
    } else if (options.variable) {
        option = "--pseudonymise-key-env";
        key = read_key_variable(*options.variable, console);
    } else if (options.literal) {
        key = options.literal;
    } else {
        return {};
    }
    if (!key) {
        return {false, std::nullopt};
    }
    if (key->size() < min_pseudonym_key_bytes) {
        console.err << fmt::format(
            "ladder: error: {}: the key is {}; expected at least {} bytes of secret "
            "(`head -c 32 /dev/urandom | base64 > key` makes one): employee ids are few enough "
            "to try every one, so a short key's pseudonyms are reversed in seconds\n",
            option, key->size() == 1 ? std::string("1 byte") : fmt::format("{} bytes", key->size()),
            min_pseudonym_key_bytes);
        return {false, std::nullopt};
    }
    if (options.literal) {
        console.err << "ladder: warning: --pseudonymise KEY: a key on the command line can be "
                       "seen by other users of this machine (ps) and stays in the shell's "
                       "history; give it with --pseudonymise-key-file FILE or "
                       "--pseudonymise-key-env VAR instead\n";
    }
    return {true, std::move(key)};
}

} // namespace ladder
