#pragma once
// An output stream over a file descriptor that remembers why the first write failed. A
// std::ofstream or std::cout only sets badbit and loses errno, so "> /dev/full" or a closed
// pipe would end the run without the reason ("No space left on device", "Broken pipe").

#include <array>
#include <ostream>
#include <streambuf>
#include <string>

namespace ladder {

class FdOutputBuffer : public std::streambuf {
public:
    explicit FdOutputBuffer(int fd) : fd_(fd) {
        setp(buffer_.data(), buffer_.data() + buffer_.size());
    }

    // The strerror text of the first failed write, or "" while every write succeeded.
    const std::string& error() const { return error_; }

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool write_out(const char* data, std::size_t size);

    int fd_;
    std::array<char, 64 * 1024> buffer_{};
    std::string error_;
};

// An ostream that owns its buffer: FdOutput out(1); out << ...; out.flush(); out.error().
class FdOutput : public std::ostream {
public:
    explicit FdOutput(int fd) : std::ostream(nullptr), buffer_(fd) { rdbuf(&buffer_); }
    const std::string& error() const { return buffer_.error(); }

private:
    FdOutputBuffer buffer_;
};

} // namespace ladder
