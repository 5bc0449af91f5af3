#include "ui/lessons/lesson_progress.h"

#include <QSettings>
#include <algorithm>

namespace ptlab::ui {

namespace {

QString readKey(const QString& lessonId)
{
    return QStringLiteral("lessons/read/") + lessonId;
}

QString quizKey(const QString& lessonId, const QString& quizId)
{
    return QStringLiteral("lessons/quiz/") + lessonId + QLatin1Char('/') + quizId;
}

} // namespace

bool LessonProgress::isRead(const QString& lessonId) const
{
    return QSettings().value(readKey(lessonId), false).toBool();
}

void LessonProgress::markRead(const QString& lessonId)
{
    if (!lessonId.isEmpty() && !isRead(lessonId))
        QSettings().setValue(readKey(lessonId), true);
}

int LessonProgress::readCount(const QStringList& lessonIds) const
{
    const QSettings settings;
    int n = 0;
    for (const QString& id : lessonIds)
        n += settings.value(readKey(id), false).toBool() ? 1 : 0;
    return n;
}

std::optional<LessonProgress::QuizBest> LessonProgress::bestScore(const QString& lessonId, const QString& quizId) const
{
    const QSettings settings;
    const QString key = quizKey(lessonId, quizId);
    const int total = settings.value(key + QStringLiteral("/total"), 0).toInt();
    if (total <= 0)
        return std::nullopt;
    return QuizBest { std::clamp(settings.value(key + QStringLiteral("/correct"), 0).toInt(), 0, total), total };
}

bool LessonProgress::recordScore(const QString& lessonId, const QString& quizId, int correct, int total)
{
    if (total <= 0)
        return false;
    const auto old = bestScore(lessonId, quizId);
    // Compare as fractions (the quiz may have changed length since): correct/total > oldCorrect/oldTotal.
    if (old && static_cast<long long>(correct) * old->total <= static_cast<long long>(old->correct) * total)
        return false;
    QSettings settings;
    const QString key = quizKey(lessonId, quizId);
    settings.setValue(key + QStringLiteral("/correct"), correct);
    settings.setValue(key + QStringLiteral("/total"), total);
    return true;
}

QString LessonProgress::lastLesson() const
{
    return QSettings().value(QStringLiteral("lessons/last")).toString();
}

void LessonProgress::setLastLesson(const QString& lessonId)
{
    QSettings().setValue(QStringLiteral("lessons/last"), lessonId);
}

void LessonProgress::reset()
{
    QSettings settings;
    settings.remove(QStringLiteral("lessons"));
}

} // namespace ptlab::ui
