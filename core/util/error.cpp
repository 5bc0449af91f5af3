#include "core/util/error.h"

#include <cerrno>
#include <cstring>

namespace ptlab {

Error errorFromErrno(int errnum, const std::string& what)
{
    Error e;
    e.errnum = errnum;
    switch (errnum) {
    case EAGAIN:
        e.code = Error::Code::ResourceLimit;
        break;
    case ENOENT:
    case ESRCH:
        e.code = Error::Code::NotFound;
        break;
    case EPERM:
    case EACCES:
        e.code = Error::Code::PermissionDenied;
        break;
    case EINVAL:
        e.code = Error::Code::InvalidArgument;
        break;
    case ENOSYS:
    case ENOTSUP:
        e.code = Error::Code::NotSupported;
        break;
    default:
        e.code = Error::Code::Io;
        break;
    }
    e.message = what + ": " + errnoText(errnum) + " (errno " + std::to_string(errnum) + ")";
    if (errnum == EAGAIN)
        e.message += "; the system limit on processes/threads (RLIMIT_NPROC or threads-max) was reached";
    return e;
}

std::string errnoText(int errnum)
{
    char buffer[256];
    // GNU strerror_r: returns a static string or one written into `buffer`, never shared state.
    return ::strerror_r(errnum, buffer, sizeof buffer);
}

} // namespace ptlab
