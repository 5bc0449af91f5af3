#include "core/workloads/loopback.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string_view>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace ptlab::workloads {

Result<int> listenLoopback(int port, int backlog)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errorFromErrno(errno, "cannot create a socket");
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only: nothing here is reachable from outside
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        const int e = errno;
        ::close(fd);
        Error err = errorFromErrno(e, "cannot listen on 127.0.0.1:" + std::to_string(port));
        if (e == EADDRINUSE)
            err.message = "port " + std::to_string(port) + " on 127.0.0.1 is already in use (choose another, or 0)";
        return err;
    }
    if (::listen(fd, backlog) != 0) {
        const int e = errno;
        ::close(fd);
        return errorFromErrno(e, "cannot listen on 127.0.0.1:" + std::to_string(port));
    }
    return fd;
}

int localPort(int fd)
{
    sockaddr_in addr {};
    socklen_t len = sizeof addr;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return -1;
    return ntohs(addr.sin_port);
}

void setTimeouts(int fd, int timeoutMs)
{
    timeval tv { timeoutMs / 1000, (timeoutMs % 1000) * 1000 };
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

Result<int> connectLoopback(int port, int timeoutMs)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errorFromErrno(errno, "cannot create a socket");
    setTimeouts(fd, timeoutMs);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    while (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        if (errno == EINTR)
            continue;
        const int e = errno;
        ::close(fd);
        return errorFromErrno(e, "cannot connect to 127.0.0.1:" + std::to_string(port));
    }
    return fd;
}

bool sendAll(int fd, const char* data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::send(fd, data + done, size - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool readHttpResponse(int fd, std::string& body, std::size_t limit)
{
    std::string data;
    char buf[16384];
    std::size_t headEnd = std::string::npos, length = 0;
    for (;;) {
        if (headEnd != std::string::npos && data.size() >= headEnd + length)
            break;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data.append(buf, static_cast<std::size_t>(n));
        if (headEnd == std::string::npos) {
            const auto end = data.find("\r\n\r\n");
            if (end == std::string::npos) {
                if (data.size() > 8192)
                    return false;
                continue;
            }
            headEnd = end + 4;
            if (data.compare(0, 12, "HTTP/1.1 200") != 0)
                return false;
            const auto cl = data.find("Content-Length: ");
            if (cl == std::string::npos || cl > end)
                return false;
            length = std::strtoull(data.c_str() + cl + 16, nullptr, 10);
            if (length > limit)
                return false;
        }
    }
    body = data.substr(headEnd, length);
    return true;
}

bool readHttpRequest(int fd, char* path, std::size_t capacity)
{
    // Fixed buffers only: a forked child calls this, and another thread of the parent may have held
    // the allocator's lock at the fork (glibc recovers; some allocators, ASan's among them, do not).
    char data[8192];
    std::size_t size = 0;
    for (;;) {
        const std::string_view seen(data, size);
        if (seen.find("\r\n\r\n") != std::string_view::npos)
            break;
        if (size == sizeof data)
            return false;
        const ssize_t n = ::recv(fd, data + size, sizeof data - size, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        size += static_cast<std::size_t>(n);
    }
    const std::string_view head(data, size);
    if (head.substr(0, 4) != "GET ")
        return false;
    const auto space = head.find(' ', 4);
    if (space == std::string_view::npos || space - 4 >= capacity)
        return false;
    std::memcpy(path, data + 4, space - 4);
    path[space - 4] = 0;
    return true;
}

int openPidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
#else
    (void)pid;
    return -1;
#endif
}

} // namespace ptlab::workloads
