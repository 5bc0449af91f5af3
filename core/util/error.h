#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ptlab {

// A failure reported as a value: the errno (0 when none applies) and an English sentence for logs and
// the command line. The ui turns `code` into a translated sentence of its own.
struct Error
{
    enum class Code
    {
        None,
        InvalidArgument,
        ResourceLimit, // EAGAIN from fork/clone/posix_spawn: RLIMIT_NPROC or the thread limit
        NotFound, // a missing file, binary or task
        PermissionDenied,
        NotSupported,
        Io,
        Parse,
        Internal,
    };
    Code code = Code::None;
    int errnum = 0;
    std::string message;
};

// Maps an errno from a failed system call to an Error with a sentence naming what was attempted.
Error errorFromErrno(int errnum, const std::string& what);
// The system's text for an errno value ("No such file or directory"); unlike strerror, safe on any thread.
std::string errnoText(int errnum);

// Either a value or an Error (std::expected arrives with C++23). [[nodiscard]]: an ignored result is a
// warning, so a failed spawn or edit cannot go unnoticed.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) { }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace ptlab
