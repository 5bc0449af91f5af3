#pragma once

#include "core/states/engine.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QTranslator;

namespace ptlab::ui {

// What every page shares: the one engine (so pages show the same live tasks), the language and the
// presentation zoom.
class AppContext : public QObject
{
    Q_OBJECT
public:
    explicit AppContext(states::EngineConfig config = {}, QObject* parent = nullptr);
    ~AppContext() override;

    states::Engine& engine() { return *m_engine; }

    // "vi" or "en". Installs the translator and posts LanguageChange to every widget.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    QLocale locale() const;
    static QString systemDefaultLanguage(); // "vi" when the system locale is Vietnamese, else "en"

    // 1.0 - 3.0; scales the application font, and pages scale their painting.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    static constexpr double MinZoom = 1.0;
    static constexpr double MaxZoom = 3.0;

signals:
    void languageChanged(const QString& language);
    void zoomChanged(double zoom);

private:
    std::unique_ptr<states::Engine> m_engine;
    std::vector<std::unique_ptr<QTranslator>> m_translators; // one per catalogue: ptlab, compare, ...
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_language;
    double m_zoom = 1.0;
    double m_basePointSize = 0;
};

} // namespace ptlab::ui
