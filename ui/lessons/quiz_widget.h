#pragma once

#include "core/lessons/lesson.h"
#include "core/lessons/quiz_score.h"

#include <QStringList>
#include <QWidget>
#include <vector>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace ptlab::ui {

// A multiple-choice quiz: one radio button per option, "Check", then for every question the
// explanation of the chosen answer and of the correct one, and the score.
class QuizWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QuizWidget(lessons::Quiz quiz, QWidget* parent = nullptr);
    ~QuizWidget() override;

    const lessons::Quiz& quiz() const { return m_quiz; }
    int questionCount() const { return static_cast<int>(m_questions.size()); }
    QRadioButton* optionButton(int question, int option) const;
    QPushButton* checkButton() const { return m_check; }
    QPushButton* retryButton() const { return m_retry; }
    QLabel* scoreLabel() const { return m_score; }
    QLabel* feedbackLabel(int question) const;

    std::vector<int> answers() const; // chosen option per question, -1 when unanswered
    void setAnswers(const std::vector<int>& answers);
    bool isChecked() const { return m_checked; }
    lessons::QuizScore score() const; // of the current answers

    // As the buttons do; check() emits checked() when `notify` holds.
    lessons::QuizScore check(bool notify = true);
    void retry();

signals:
    void checked(int correct, int total);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct QuestionUi
    {
        QButtonGroup* group = nullptr;
        std::vector<QRadioButton*> radios;
        std::vector<QLabel*> labels;
        QLabel* feedback = nullptr;
    };

    void retranslate();
    void updateFonts();
    void showFeedback();

    lessons::Quiz m_quiz;
    std::vector<QuestionUi> m_questions;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_retry = nullptr;
    QLabel* m_score = nullptr;
    bool m_checked = false;
    QStringList m_liveTexts; // questions quoting live figures, until first shown
};

} // namespace ptlab::ui
