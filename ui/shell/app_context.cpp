#include "ui/shell/app_context.h"

#include "core/util/thread_priority.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QLibraryInfo>
#include <QTranslator>

namespace ptlab::ui {

AppContext::AppContext(states::EngineConfig config, QObject* parent)
    : QObject(parent)
    , m_engine(std::make_unique<states::Engine>(std::move(config)))
    , m_qtTranslator(std::make_unique<QTranslator>())
{
    // The demos may run hundreds of CPU-bound threads in this very process; where allowed (root,
    // CAP_SYS_NICE or RLIMIT_NICE) the GUI thread takes a higher priority so the window stays live.
    // Elsewhere this fails quietly and `ptlab bench ui-latency --workload cpu` shows the cost.
    setCurrentThreadNice(-10);
    // Everywhere, root or not: a short time slice (Linux 6.12 and later) lets the GUI thread run within
    // a millisecond of its wake-up among hundreds of busy tasks, without taking more CPU than its share.
    setTimeSlice(0, InteractiveTimeSlice);
    m_basePointSize = QApplication::font().pointSizeF();
    if (m_basePointSize <= 0)
        m_basePointSize = 10;
}

AppContext::~AppContext() = default;

QString AppContext::systemDefaultLanguage()
{
    return QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

QLocale AppContext::locale() const
{
    return m_language == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

void AppContext::setLanguage(const QString& language)
{
    const QString lang = language == QLatin1String("vi") ? QStringLiteral("vi") : QStringLiteral("en");
    if (lang == m_language)
        return;
    m_language = lang;
    for (const auto& t : m_translators)
        QApplication::removeTranslator(t.get());
    m_translators.clear();
    QApplication::removeTranslator(m_qtTranslator.get());
    // Every part's catalogue for the language: ptlab_vi.qm, compare_vi.qm, ...
    const QDir i18n(QStringLiteral(":/i18n"));
    for (const QString& name : i18n.entryList({ QStringLiteral("*_") + lang + QStringLiteral(".qm") }, QDir::Files)) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(i18n.filePath(name)) && QApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    }
    if (m_qtTranslator->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(m_qtTranslator.get());
    // Numbers follow the language: Vietnamese writes 3,5 for 3.5.
    QLocale::setDefault(locale());
    emit languageChanged(lang);
}

void AppContext::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    QFont f = QApplication::font();
    f.setPointSizeF(m_basePointSize * zoom);
    QApplication::setFont(f);
    emit zoomChanged(zoom);
}

} // namespace ptlab::ui
