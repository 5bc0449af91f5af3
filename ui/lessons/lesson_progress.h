#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ptlab::ui {

// What a student has done, kept in QSettings under "lessons/" so it survives restarts. Lesson and quiz
// ids are the same in every language, so progress does not depend on the language.
class LessonProgress
{
public:
    struct QuizBest
    {
        int correct = 0;
        int total = 0;
    };

    bool isRead(const QString& lessonId) const;
    void markRead(const QString& lessonId);
    int readCount(const QStringList& lessonIds) const;

    std::optional<QuizBest> bestScore(const QString& lessonId, const QString& quizId) const;
    // Keeps the better of the stored and the new score; true when the new one is the best so far.
    bool recordScore(const QString& lessonId, const QString& quizId, int correct, int total);

    QString lastLesson() const;
    void setLastLesson(const QString& lessonId);

    void reset(); // forgets everything above
};

} // namespace ptlab::ui
