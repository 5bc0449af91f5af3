#include "ui/widgets/error_text.h"

namespace ptlab::ui {

QString ErrorText::describe(const Error& error)
{
    QString sentence;
    switch (error.code) {
    case Error::Code::ResourceLimit:
        sentence = tr("The system refused to create more tasks: the limit on processes or threads was reached "
                      "(EAGAIN). The tasks already running are kept.");
        break;
    case Error::Code::NotFound:
        sentence = tr("Not found: the file, program or task does not exist (any more).");
        break;
    case Error::Code::PermissionDenied:
        sentence = tr("Permission denied: this needs more privileges (for example, a negative nice value needs root).");
        break;
    case Error::Code::InvalidArgument:
        sentence = tr("The request is not valid.");
        break;
    case Error::Code::NotSupported:
        sentence = tr("Not supported for this kind of task.");
        break;
    case Error::Code::Parse:
        sentence = tr("The file could not be read: it is damaged or not in the expected format.");
        break;
    case Error::Code::Io:
    case Error::Code::Internal:
    case Error::Code::None:
        sentence = tr("The operation failed.");
        break;
    }
    return sentence + QStringLiteral(" (") + QString::fromStdString(error.message) + QLatin1Char(')');
}

} // namespace ptlab::ui
