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
    e.message = what + ": " + std::strerror(errnum) + " (errno " + std::to_string(errnum) + ")";
    if (errnum == EAGAIN)
        e.message += "; the system limit on processes/threads (RLIMIT_NPROC or threads-max) was reached";
    return e;
}

} // namespace ptlab
