#pragma once

#include "core/util/error.h"

#include <string>

namespace ptlab::workloads {

// A listening TCP socket on 127.0.0.1 only (port 0: any free port). A port in use is a clear error.
[[nodiscard]] Result<int> listenLoopback(int port, int backlog = 256);
[[nodiscard]] int localPort(int fd);
// Connects to 127.0.0.1:port with send/receive timeouts, so a dead server cannot hang a client.
[[nodiscard]] Result<int> connectLoopback(int port, int timeoutMs = 5000);
void setTimeouts(int fd, int timeoutMs);
[[nodiscard]] bool sendAll(int fd, const char* data, std::size_t size);
[[nodiscard]] inline bool sendAll(int fd, const std::string& s)
{
    return sendAll(fd, s.data(), s.size());
}
// Reads an HTTP/1.1 response with a Content-Length (never waits for EOF: a forked child may hold a
// copy of the socket). Returns the body; false on a short or malformed response.
[[nodiscard]] bool readHttpResponse(int fd, std::string& body, std::size_t limit = 64 << 20);
// Reads a request head up to the blank line (at most 8 KiB) and copies the path of "GET PATH HTTP/1.x"
// into path[capacity], NUL-terminated. Allocates nothing, so a forked child of a threaded parent may call it.
[[nodiscard]] bool readHttpRequest(int fd, char* path, std::size_t capacity);

// A Linux pidfd (readable once the process exits), -1 if unsupported.
[[nodiscard]] int openPidfd(pid_t pid);

} // namespace ptlab::workloads
