#include "util/fd_output.hpp"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace ladder {

bool FdOutputBuffer::write_out(const char* data, std::size_t size) {
    if (!error_.empty()) {
        return false; // after the first failure nothing more is written
    }
    while (size > 0) {
        ssize_t written = ::write(fd_, data, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            error_ = written < 0 ? std::strerror(errno) : "nothing could be written";
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

FdOutputBuffer::int_type FdOutputBuffer::overflow(int_type c) {
    if (sync() != 0) {
        return traits_type::eof();
    }
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
    }
    return traits_type::not_eof(c);
}

int FdOutputBuffer::sync() {
    auto pending = static_cast<std::size_t>(pptr() - pbase());
    bool ok = write_out(pbase(), pending);
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok ? 0 : -1;
}

} // namespace ladder
