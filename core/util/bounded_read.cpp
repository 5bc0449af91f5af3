#include "core/util/bounded_read.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ptlab {
namespace {

std::string mebibytes(std::size_t bytes)
{
    return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB";
}

} // namespace

Result<std::string> readFileBounded(const std::string& path, std::size_t maxBytes, const std::string& what)
{
    const std::string named = what + " \"" + path + "\"";
    // O_NONBLOCK so that opening a FIFO with no writer does not hang; regular files ignore it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int err = errno;
        Error e = errorFromErrno(err, "Cannot open " + named);
        if (err == ENOENT) {
            e.code = Error::Code::NotFound;
            e.message = named + " does not exist.";
        }
        return e;
    }
    struct stat st
    { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool dir = S_ISDIR(st.st_mode);
        ::close(fd);
        return Error { Error::Code::InvalidArgument, dir ? EISDIR : EINVAL,
            named + (dir ? " is a directory." : " is not a regular file.") };
    }
    if (static_cast<std::size_t>(st.st_size) > maxBytes) {
        ::close(fd);
        return Error { Error::Code::InvalidArgument, EFBIG,
            named + " is too large (" + mebibytes(static_cast<std::size_t>(st.st_size)) + "; the limit is "
                + mebibytes(maxBytes) + ")." };
    }
    std::string text;
    text.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    // A file that grows while read (or lies about its size, as some /proc files do) stops at the limit.
    for (;;) {
        if (done == text.size()) {
            if (text.size() > maxBytes)
                break;
            text.resize(std::min(maxBytes + 1, text.size() * 2 + 4096));
        }
        const ssize_t n = ::read(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return errorFromErrno(err, "Cannot read " + named);
        }
        if (n == 0)
            break;
        done += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (done > maxBytes)
        return Error { Error::Code::InvalidArgument, EFBIG,
            named + " is too large (the limit is " + mebibytes(maxBytes) + ")." };
    text.resize(done);
    return text;
}

} // namespace ptlab
