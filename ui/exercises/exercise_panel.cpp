#include "ui/exercises/exercise_panel.h"

#include "ui/exercises/exercise_runner.h"
#include "ui/exercises/exercise_texts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <cmath>

namespace ptlab::ui {

namespace {

QLabel* wrapping(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExercisePanel::ExercisePanel(const QString& page, QWidget* parent)
    : QWidget(parent), m_generators(exercises::generatorsForPage(page.toStdString()))
{
    setObjectName(QStringLiteral("exercisePanel"));
    m_runner = new ExerciseRunner(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    m_count = wrapping(this, "exerciseIntro");
    layout->addWidget(m_count);

    auto* pick = new QHBoxLayout;
    m_choiceLabel = new QLabel(this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("exerciseChoice"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choiceLabel->setBuddy(m_choice);
    for (const auto* g : m_generators)
        m_choice->addItem(QString(), QString::fromStdString(g->name));
    m_seedLabel = new QLabel(this);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("exerciseSeed"));
    m_seed->setRange(1, 99999);
    m_seed->setValue(1);
    m_seedLabel->setBuddy(m_seed);
    m_newQuestion = new QPushButton(this);
    m_newQuestion->setObjectName(QStringLiteral("newQuestionButton"));
    pick->addWidget(m_choiceLabel);
    pick->addWidget(m_choice, 1);
    pick->addSpacing(12);
    pick->addWidget(m_seedLabel);
    pick->addWidget(m_seed);
    pick->addWidget(m_newQuestion);
    const bool several = m_generators.size() > 1;
    if (!several)
        pick->addStretch(1); // no exercise to choose: the seed and its button keep their own width
    layout->addLayout(pick);
    m_choiceLabel->setVisible(several);
    m_choice->setVisible(several);

    m_questionText = wrapping(this, "exerciseQuestion");
    QFont big = m_questionText->font();
    big.setBold(true);
    m_questionText->setFont(big);
    m_questionText->setMargin(6);
    layout->addWidget(m_questionText);

    auto* predict = new QHBoxLayout;
    m_predictionLabel = new QLabel(this);
    m_prediction = new QDoubleSpinBox(this);
    m_prediction->setObjectName(QStringLiteral("predictionInput"));
    m_predictionLabel->setBuddy(m_prediction);
    m_prediction->installEventFilter(this); // Enter in the field runs the exercise, as in a dialog
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("runRevealButton"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelExerciseButton"));
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_cancel->setEnabled(false);
    predict->addWidget(m_predictionLabel);
    predict->addWidget(m_prediction);
    predict->addWidget(m_run);
    predict->addWidget(m_cancel);
    predict->addStretch(1);
    layout->addLayout(predict);

    auto* busy = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exerciseProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = wrapping(this, "exerciseStatus");
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_status, 2);
    layout->addLayout(busy);

    m_answerBox = new QGroupBox(this);
    m_answerBox->setObjectName(QStringLiteral("exerciseAnswer"));
    auto* answer = new QVBoxLayout(m_answerBox);
    auto* grid = new QGridLayout;
    m_predictedCaption = new QLabel(m_answerBox);
    m_predictedValue = wrapping(m_answerBox, "exercisePredicted");
    m_measuredCaption = new QLabel(m_answerBox);
    m_measured = wrapping(m_answerBox, "exerciseMeasured");
    grid->addWidget(m_predictedCaption, 0, 0);
    grid->addWidget(m_measuredCaption, 0, 1);
    grid->addWidget(m_predictedValue, 1, 0);
    grid->addWidget(m_measured, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    answer->addLayout(grid);
    m_verdict = wrapping(m_answerBox, "exerciseVerdict");
    m_explanation = wrapping(m_answerBox, "exerciseExplanation");
    answer->addWidget(m_verdict);
    answer->addWidget(m_explanation);
    m_answerBox->setVisible(false);
    layout->addWidget(m_answerBox);
    layout->addStretch(1);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { regenerate(); });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] { regenerate(); });
    connect(m_newQuestion, &QPushButton::clicked, this, [this] {
        int next = m_seed->value();
        while (next == m_seed->value())
            next = static_cast<int>(QRandomGenerator::global()->bounded(1, 100000));
        m_seed->setValue(next);
    });
    connect(m_run, &QPushButton::clicked, this, [this] { runAndReveal(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancel(); });
    connect(m_runner, &ExerciseRunner::progressChanged, this,
        [this](double f) { m_progress->setValue(static_cast<int>(std::lround(f * 100))); });
    connect(m_runner, &ExerciseRunner::finished, this, [this](const exercises::Answer& a) { finished(a); });

    regenerate();
    retranslate();
    updateFonts();
}

void ExercisePanel::updateFonts()
{
    // A quarter larger than the text around them, also after a presentation zoom changed that text.
    QFont figure = font();
    figure.setBold(true);
    figure.setPointSizeF(figure.pointSizeF() * 1.25);
    m_predictedValue->setFont(figure);
    m_measured->setFont(figure);
}

ExercisePanel::~ExercisePanel() = default;

QStringList ExercisePanel::generatorNames() const
{
    QStringList names;
    for (const auto* g : m_generators)
        names << QString::fromStdString(g->name);
    return names;
}

bool ExercisePanel::selectGenerator(const QString& name)
{
    const int index = m_choice->findData(name);
    if (index < 0 || isRunning())
        return false;
    m_choice->setCurrentIndex(index);
    return true;
}

QString ExercisePanel::currentGenerator() const
{
    return m_choice->currentData().toString();
}

void ExercisePanel::setSeed(int seed)
{
    m_seed->setValue(seed);
}

int ExercisePanel::seed() const
{
    return m_seed->value();
}

void ExercisePanel::setPrediction(double value)
{
    m_prediction->setValue(value);
}

bool ExercisePanel::isRunning() const
{
    return m_runner->busy();
}

void ExercisePanel::regenerate()
{
    if (isRunning())
        return;
    const exercises::Generator* g = exercises::findGenerator(currentGenerator().toStdString());
    if (!g)
        return;
    m_question = exercises::generate(*g, static_cast<std::uint64_t>(m_seed->value()));
    m_answer.reset();
    const auto& p = m_question.prediction;
    m_prediction->setDecimals(p.decimals);
    m_prediction->setRange(p.min, p.max);
    m_prediction->setSingleStep(std::pow(10.0, -std::min(p.decimals, 1)));
    m_prediction->setSuffix(ExerciseTexts::unitSuffix(p.unit));
    m_status->clear();
    showQuestion();
    showAnswer();
}

void ExercisePanel::showQuestion()
{
    m_questionText->setText(ExerciseTexts::question(m_question, QLocale()));
}

bool ExercisePanel::runAndReveal()
{
    if (isRunning() || m_question.generator.empty())
        return false;
    m_predicted = m_prediction->value();
    m_answer.reset();
    showAnswer();
    if (!m_runner->start(m_question))
        return false;
    setRunning(true);
    return true;
}

void ExercisePanel::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void ExercisePanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_seed->setEnabled(!running);
    m_newQuestion->setEnabled(!running);
    m_choice->setEnabled(!running);
    m_prediction->setEnabled(!running);
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_status->setText(running ? tr("Running the experiment on this machine…") : QString());
}

void ExercisePanel::finished(const exercises::Answer& answer)
{
    setRunning(false);
    if (answer.cancelled || answer.error) {
        m_status->setText(ExerciseTexts::failure(answer));
        return;
    }
    m_answer = answer;
    showAnswer();
    emit answered(answer);
}

void ExercisePanel::showAnswer()
{
    m_answerBox->setVisible(m_answer.has_value());
    if (!m_answer)
        return;
    const QLocale locale;
    const std::string& unit = m_question.prediction.unit;
    m_predictedValue->setText(ExerciseTexts::withUnit(m_predicted, unit, locale));
    m_measured->setText(ExerciseTexts::withUnit(m_answer->measured, unit, locale));
    m_verdict->setText(ExerciseTexts::verdict(exercises::judge(m_predicted, m_answer->measured), locale));
    m_explanation->setText(ExerciseTexts::explanation(m_question, *m_answer, locale));
    m_status->setText(tr("Measured on this machine in %1 s.").arg(ExerciseTexts::number(m_answer->seconds, locale)));
}

void ExercisePanel::retranslate()
{
    m_count->setText(tr("Predict first, then measure: each exercise draws its numbers from the seed (the same seed "
                        "always asks the same question), and ptlab answers it with a real run on this machine. "
                        "%n exercise(s) for this lesson.",
        "", static_cast<int>(m_generators.size())));
    m_choiceLabel->setText(tr("&Exercise:"));
    for (int i = 0; i < m_choice->count(); ++i)
        m_choice->setItemText(i, ExerciseTexts::title(m_choice->itemData(i).toString().toStdString()));
    m_seedLabel->setText(tr("&Seed:"));
    m_seed->setToolTip(tr("The same seed always gives the same question, on every machine"));
    m_newQuestion->setText(tr("&New question"));
    m_newQuestion->setToolTip(tr("Draws another seed"));
    m_predictionLabel->setText(tr("Your &prediction:"));
    m_run->setText(tr("&Run and reveal"));
    m_run->setToolTip(tr("Runs the experiment for real, off the window's thread, then shows the measured answer"));
    m_cancel->setText(tr("Cancel"));
    m_answerBox->setTitle(tr("Answer"));
    m_predictedCaption->setText(tr("You predicted"));
    m_measuredCaption->setText(tr("Measured now"));
    m_prediction->setSuffix(ExerciseTexts::unitSuffix(m_question.prediction.unit));
    showQuestion();
    if (isRunning())
        m_status->setText(tr("Running the experiment on this machine…"));
    showAnswer();
}

bool ExercisePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_prediction && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_prediction->interpretText();
            runAndReveal();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExercisePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

} // namespace ptlab::ui
