#pragma once

#include "core/exercises/exercise.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace ptlab::ui {

class ExerciseRunner;

// The Exercises tab of a lesson: a question drawn from a seed, the student's prediction, then a real
// run on this machine (off the GUI thread, cancellable) and the measured answer beside the prediction.
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    // `page`: the demo page whose generators it offers ("states", "compare", ...).
    explicit ExercisePanel(const QString& page, QWidget* parent = nullptr);
    ~ExercisePanel() override;

    QStringList generatorNames() const;
    bool selectGenerator(const QString& name);
    QString currentGenerator() const;
    void setSeed(int seed);
    int seed() const;
    const exercises::Question& question() const { return m_question; }
    void setPrediction(double value);
    bool runAndReveal(); // false while a run is going
    void cancel();
    bool isRunning() const;
    bool hasAnswer() const { return m_answer.has_value(); }
    const std::optional<exercises::Answer>& answer() const { return m_answer; }

    QLabel* questionLabel() const { return m_questionText; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* measuredLabel() const { return m_measured; }
    QLabel* explanationLabel() const { return m_explanation; }

signals:
    void answered(const ptlab::exercises::Answer& answer);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateFonts(); // the measured and predicted figures follow the zoomed font
    void regenerate(); // a new question from the chosen generator and seed; forgets the answer
    void showQuestion();
    void showAnswer();
    void setRunning(bool running);
    void finished(const exercises::Answer& answer);

    std::vector<const exercises::Generator*> m_generators;
    exercises::Question m_question;
    std::optional<exercises::Answer> m_answer;
    double m_predicted = 0;

    ExerciseRunner* m_runner = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_choiceLabel = nullptr;
    QComboBox* m_choice = nullptr;
    QLabel* m_seedLabel = nullptr;
    QSpinBox* m_seed = nullptr;
    QPushButton* m_newQuestion = nullptr;
    QLabel* m_questionText = nullptr;
    QLabel* m_predictionLabel = nullptr;
    QDoubleSpinBox* m_prediction = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_answerBox = nullptr;
    QLabel* m_predictedCaption = nullptr;
    QLabel* m_predictedValue = nullptr;
    QLabel* m_measuredCaption = nullptr;
    QLabel* m_measured = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace ptlab::ui
