#include "ui/widgets/atomic_save.h"

#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>

namespace ptlab::ui {

bool saveViaTemporaryFile(const QString& path, const std::function<bool(const QString&)>& write)
{
    const QFileInfo target(path);
    // The same folder, so the rename stays on one file system; the suffix keeps format detection.
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.completeBaseName()
        + QStringLiteral("-XXXXXX.") + target.suffix());
    if (!temporary.open())
        return false;
    const QString temporaryPath = temporary.fileName();
    temporary.close();
    if (!write(temporaryPath))
        return false; // QTemporaryFile removes it
    if (std::rename(QFile::encodeName(temporaryPath).constData(), QFile::encodeName(path).constData()) != 0)
        return false;
    temporary.setAutoRemove(false); // it is `path` now
    return true;
}

} // namespace ptlab::ui
