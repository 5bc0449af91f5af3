#pragma once

#include "core/exercises/exercise.h"

#include <QHash>
#include <QLocale>
#include <QObject>
#include <QString>
#include <memory>

namespace ptlab::ui {

class ExerciseRunner;

// Quiz questions may quote this machine's own figures: "{live:fork-spawn:measured}" in a question's
// text stands for the value "measured" of the exercise generator fork-spawn (seed 1), run once per
// session off the GUI thread; a question parameter ("{live:fork-spawn:mib}") works too. Until the
// run has ended the placeholder reads "…".
class LiveFigures : public QObject
{
    Q_OBJECT
public:
    static LiveFigures& instance();

    // Generators named in `text`'s placeholders, each started unless known or running.
    void request(const QString& text);
    [[nodiscard]] QString fill(const QString& text, const QLocale& locale) const;
    [[nodiscard]] static bool hasPlaceholders(const QString& text);
    [[nodiscard]] bool known(const QString& generator) const { return m_values.contains(generator); }

signals:
    void measured(const QString& generator);

private:
    LiveFigures() = default;
    void startNext();

    QHash<QString, exercises::Values> m_values; // params and measured values, by generator
    QStringList m_queue;
    std::unique_ptr<ExerciseRunner> m_runner;
    QString m_running;
};

} // namespace ptlab::ui
