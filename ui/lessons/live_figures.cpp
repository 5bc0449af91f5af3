#include "ui/lessons/live_figures.h"

#include "ui/exercises/exercise_runner.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <cmath>

namespace ptlab::ui {

namespace {

const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{live:([a-z0-9-]+):([a-z0-9_]+)\\}"));
    return re;
}

constexpr std::uint64_t Seed = 1;

} // namespace

LiveFigures& LiveFigures::instance()
{
    // A child of the application: destroyed with it, which cancels and joins a run still going.
    static QPointer<LiveFigures> figures;
    if (!figures) {
        figures = new LiveFigures;
        figures->setParent(QCoreApplication::instance());
    }
    return *figures;
}

bool LiveFigures::hasPlaceholders(const QString& text)
{
    return placeholder().match(text).hasMatch();
}

void LiveFigures::request(const QString& text)
{
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const QString generator = it.next().captured(1);
        if (!m_values.contains(generator) && m_running != generator && !m_queue.contains(generator)
            && exercises::findGenerator(generator.toStdString()))
            m_queue.push_back(generator);
    }
    startNext();
}

void LiveFigures::startNext()
{
    if (!m_running.isEmpty() || m_queue.isEmpty())
        return;
    m_running = m_queue.takeFirst();
    const auto* generator = exercises::findGenerator(m_running.toStdString());
    if (!m_runner) {
        m_runner = std::make_unique<ExerciseRunner>();
        connect(m_runner.get(), &ExerciseRunner::finished, this, [this](const exercises::Answer& answer) {
            const QString name = m_running;
            m_running.clear();
            if (!answer.cancelled && !answer.error) {
                const auto* g = exercises::findGenerator(name.toStdString());
                exercises::Values all = exercises::generate(*g, Seed).params;
                all.insert(all.end(), answer.values.begin(), answer.values.end());
                all.push_back({ "measured", answer.measured });
                m_values.insert(name, all);
                emit measured(name);
            }
            startNext();
        });
    }
    m_runner->start(exercises::generate(*generator, Seed));
}

QString LiveFigures::fill(const QString& text, const QLocale& locale) const
{
    QString out;
    qsizetype at = 0;
    auto it = placeholder().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const auto values = m_values.constFind(m.captured(1));
        if (values == m_values.constEnd()) {
            out += QStringLiteral("…");
            continue;
        }
        const double v = exercises::valueOf(*values, m.captured(2).toStdString(), std::nan(""));
        if (std::isnan(v))
            out += QStringLiteral("?");
        else
            out += std::abs(v) >= 100 ? locale.toString(v, 'f', 0) : locale.toString(v, 'g', 3);
    }
    out += text.mid(at);
    return out;
}

} // namespace ptlab::ui
