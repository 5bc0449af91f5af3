#pragma once

#include "core/lessons/lesson.h"

#include <vector>

namespace ptlab::lessons {

struct QuizScore
{
    int correct = 0;
    int answered = 0;
    int total = 0;
    std::vector<bool> perQuestion; // true where the chosen option is the correct one

    bool complete() const { return answered == total; }
    double fraction() const { return total > 0 ? static_cast<double>(correct) / total : 0.0; }
};

// answers[i] is the chosen option index of question i; -1 (or a missing entry) means unanswered and an
// index out of range counts as answered but wrong.
QuizScore scoreQuiz(const Quiz& quiz, const std::vector<int>& answers);

} // namespace ptlab::lessons
