#include "core/lessons/quiz_score.h"

namespace ptlab::lessons {

QuizScore scoreQuiz(const Quiz& quiz, const std::vector<int>& answers)
{
    QuizScore score;
    score.total = static_cast<int>(quiz.questions.size());
    score.perQuestion.assign(quiz.questions.size(), false);
    for (std::size_t i = 0; i < quiz.questions.size() && i < answers.size(); ++i) {
        if (answers[i] < 0)
            continue;
        ++score.answered;
        if (answers[i] == quiz.questions[i].correctIndex()) {
            ++score.correct;
            score.perQuestion[i] = true;
        }
    }
    return score;
}

} // namespace ptlab::lessons
