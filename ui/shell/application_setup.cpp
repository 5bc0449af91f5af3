#include "ui/shell/application_setup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace ptlab::ui {

void setupApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("ptlab"));
    QApplication::setApplicationName(QStringLiteral("ptlab"));
    QApplication::setApplicationDisplayName(QStringLiteral("ptlab"));
    QApplication::setDesktopFileName(QStringLiteral("ptlab"));
    // Prefer a family with full Vietnamese coverage when the platform default lacks it.
    QFont font = QApplication::font();
    const QStringList families = QFontDatabase::families();
    for (const char* family : { "Noto Sans", "DejaVu Sans" }) {
        if (families.contains(QLatin1String(family))) {
            font.setFamilies({ QString::fromLatin1(family) });
            break;
        }
    }
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
}

} // namespace ptlab::ui
