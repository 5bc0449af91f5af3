#include "ui/lessons/quiz_widget.h"

#include "ui/lessons/live_figures.h"

#include "ui/widgets/palette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ptlab::ui {

namespace {

QString fromUtf8(const std::string& s)
{
    return QString::fromStdString(s);
}

// Inline Markdown ("`read()`", "*not*") as plain text, for accessible names.
QString plainFromMarkdown(const QString& markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText().simplified();
}

// Inline Markdown (what answers use: `code`, **strong**, *emphasis*) as rich text for a QLabel. A Markdown
// label would add paragraph margins around a one-line answer and misplace it next to its radio button.
QString inlineMarkdownToHtml(const QString& markdown)
{
    QString html;
    const QString& text = markdown;
    int i = 0;
    bool strong = false, emphasis = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('`')) {
            const int end = text.indexOf(QLatin1Char('`'), i + 1);
            if (end > i) {
                html += QStringLiteral("<code>") + text.mid(i + 1, end - i - 1).toHtmlEscaped()
                    + QStringLiteral("</code>");
                i = end + 1;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < text.size() && text.at(i + 1) == c) {
            html += strong ? QStringLiteral("</b>") : QStringLiteral("<b>");
            strong = !strong;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('*')) {
            html += emphasis ? QStringLiteral("</i>") : QStringLiteral("<i>");
            emphasis = !emphasis;
            ++i;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1).isPunct()) {
            html += QString(text.at(i + 1)).toHtmlEscaped();
            i += 2;
            continue;
        }
        html += QString(c).toHtmlEscaped();
        ++i;
    }
    if (emphasis)
        html += QStringLiteral("</i>");
    if (strong)
        html += QStringLiteral("</b>");
    return html;
}

QLabel* markdownLabel(const QString& markdown, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setWordWrap(true);
    label->setText(markdown);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return label;
}

QString feedbackStyle(bool good)
{
    const QColor border = good ? okabeIto::BluishGreen : okabeIto::Vermillion;
    const QColor fill = good ? QColor(0xdc, 0xf2, 0xea) : QColor(0xfd, 0xe2, 0xd6);
    return QStringLiteral("QLabel { background: %1; color: #111; border: 1px solid %2; border-radius: 4px; "
                          "padding: 6px; }")
        .arg(fill.name(), border.name());
}

} // namespace

QuizWidget::QuizWidget(lessons::Quiz quiz, QWidget* parent) : QWidget(parent), m_quiz(std::move(quiz))
{
    setObjectName(QStringLiteral("quiz_") + fromUtf8(m_quiz.id));
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("quizTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(fromUtf8(m_quiz.title));
    layout->addWidget(m_title);
    if (!m_quiz.intro.empty())
        layout->addWidget(markdownLabel(fromUtf8(m_quiz.intro), this));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    for (std::size_t q = 0; q < m_quiz.questions.size(); ++q) {
        const auto& question = m_quiz.questions[q];
        QuestionUi ui;
        auto* box = new QWidget(this);
        auto* grid = new QGridLayout(box);
        grid->setContentsMargins(0, 8, 0, 8);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(6);
        const QString questionText = QStringLiteral("**%1.** ").arg(q + 1) + fromUtf8(question.text);
        auto* text = markdownLabel(questionText, box);
        text->setObjectName(QStringLiteral("question%1").arg(q));
        if (LiveFigures::hasPlaceholders(questionText)) {
            // A figure measured on this machine: "…" until the run (once per session) has ended.
            auto& figures = LiveFigures::instance();
            auto fill
                = [text, questionText, this] { text->setText(LiveFigures::instance().fill(questionText, locale())); };
            fill();
            connect(&figures, &LiveFigures::measured, text, fill);
            m_liveTexts.push_back(questionText); // measured when the quiz is first shown (showEvent)
        }
        grid->addWidget(text, 0, 0, 1, 2);
        ui.group = new QButtonGroup(box);
        ui.group->setExclusive(true);
        for (std::size_t o = 0; o < question.options.size(); ++o) {
            const QString answer = fromUtf8(question.options[o].text);
            auto* radio = new QRadioButton(box);
            radio->setObjectName(QStringLiteral("q%1o%2").arg(q).arg(o));
            radio->setAccessibleName(plainFromMarkdown(answer));
            auto* label = new QLabel(box);
            label->setObjectName(QStringLiteral("q%1o%2text").arg(q).arg(o));
            label->setTextFormat(Qt::RichText);
            label->setWordWrap(true);
            label->setText(inlineMarkdownToHtml(answer));
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setProperty("answerHtml", label->text());
            label->setTextInteractionFlags(Qt::NoTextInteraction);
            label->setCursor(Qt::PointingHandCursor);
            label->installEventFilter(this);
            ui.group->addButton(radio, static_cast<int>(o));
            grid->addWidget(radio, static_cast<int>(o) + 1, 0, Qt::AlignTop | Qt::AlignHCenter);
            grid->addWidget(label, static_cast<int>(o) + 1, 1);
            ui.radios.push_back(radio);
            ui.labels.push_back(label);
        }
        ui.feedback = new QLabel(box);
        ui.feedback->setObjectName(QStringLiteral("feedback%1").arg(q));
        ui.feedback->setTextFormat(Qt::MarkdownText);
        ui.feedback->setWordWrap(true);
        ui.feedback->hide();
        grid->addWidget(ui.feedback, static_cast<int>(question.options.size()) + 1, 0, 1, 2);
        layout->addWidget(box);
        m_questions.push_back(ui);
    }

    auto* buttons = new QHBoxLayout;
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkQuiz"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryQuiz"));
    m_retry->hide();
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setWordWrap(true);
    buttons->addWidget(m_check);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_score, 1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_check, &QPushButton::clicked, this, [this] { check(true); });
    connect(m_retry, &QPushButton::clicked, this, [this] { retry(); });
    updateFonts();
    retranslate();
}

QuizWidget::~QuizWidget() = default;

QRadioButton* QuizWidget::optionButton(int question, int option) const
{
    if (question < 0 || question >= questionCount())
        return nullptr;
    const auto& radios = m_questions[static_cast<std::size_t>(question)].radios;
    return option >= 0 && option < static_cast<int>(radios.size()) ? radios[static_cast<std::size_t>(option)] : nullptr;
}

QLabel* QuizWidget::feedbackLabel(int question) const
{
    return question >= 0 && question < questionCount() ? m_questions[static_cast<std::size_t>(question)].feedback
                                                       : nullptr;
}

std::vector<int> QuizWidget::answers() const
{
    std::vector<int> result;
    for (const auto& q : m_questions)
        result.push_back(q.group->checkedId());
    return result;
}

void QuizWidget::setAnswers(const std::vector<int>& answers)
{
    for (std::size_t q = 0; q < m_questions.size(); ++q) {
        auto& ui = m_questions[q];
        const int chosen = q < answers.size() ? answers[q] : -1;
        if (chosen >= 0 && chosen < static_cast<int>(ui.radios.size())) {
            ui.radios[static_cast<std::size_t>(chosen)]->setChecked(true);
        } else if (auto* current = ui.group->checkedButton()) {
            ui.group->setExclusive(false); // an exclusive group cannot be emptied otherwise
            current->setChecked(false);
            ui.group->setExclusive(true);
        }
    }
}

lessons::QuizScore QuizWidget::score() const
{
    return lessons::scoreQuiz(m_quiz, answers());
}

lessons::QuizScore QuizWidget::check(bool notify)
{
    m_checked = true;
    auto result = score();
    for (auto& ui : m_questions) {
        for (auto* radio : ui.radios)
            radio->setEnabled(false);
        for (auto* label : ui.labels)
            label->setCursor(Qt::ArrowCursor);
    }
    m_check->hide();
    m_retry->show();
    showFeedback();
    if (notify)
        emit checked(result.correct, result.total);
    return result;
}

void QuizWidget::retry()
{
    m_checked = false;
    setAnswers({});
    for (auto& ui : m_questions) {
        for (auto* radio : ui.radios)
            radio->setEnabled(true);
        for (auto* label : ui.labels)
            label->setCursor(Qt::PointingHandCursor);
        ui.feedback->hide();
        for (auto* label : ui.labels)
            label->setText(label->property("answerHtml").toString());
    }
    m_retry->hide();
    m_check->show();
    m_score->clear();
    if (!m_questions.empty() && !m_questions.front().radios.empty())
        m_questions.front().radios.front()->setFocus();
}

void QuizWidget::showFeedback()
{
    if (!m_checked)
        return;
    const auto result = score();
    const auto chosen = answers();
    for (std::size_t q = 0; q < m_questions.size(); ++q) {
        const auto& question = m_quiz.questions[q];
        auto& ui = m_questions[q];
        const int correct = question.correctIndex();
        const int pick = chosen[q];
        QString md;
        const auto optionText = [&question](int i) -> QString {
            const auto& o = question.options[static_cast<std::size_t>(i)];
            return fromUtf8(o.text) + QStringLiteral(" — ") + fromUtf8(o.explanation);
        };
        if (pick < 0) {
            md = QStringLiteral("✘ **") + tr("Not answered.") + QStringLiteral("**");
        } else if (pick == correct) {
            md = QStringLiteral("✔ **") + tr("Correct.") + QStringLiteral("** ")
                + fromUtf8(question.options[static_cast<std::size_t>(pick)].explanation);
        } else {
            md = QStringLiteral("✘ **") + tr("Not quite. Your answer:") + QStringLiteral("** ") + optionText(pick);
        }
        if (pick != correct && correct >= 0)
            md += QStringLiteral("\n\n**") + tr("Correct answer:") + QStringLiteral("** ") + optionText(correct);
        for (std::size_t o = 0; o < ui.labels.size(); ++o) {
            const QString html = ui.labels[o]->property("answerHtml").toString();
            const int i = static_cast<int>(o);
            ui.labels[o]->setText(i == correct ? QStringLiteral("<b>✔ ") + html + QStringLiteral("</b>")
                    : i == pick                ? QStringLiteral("✘ ") + html
                                               : html);
        }
        ui.feedback->setText(md);
        ui.feedback->setStyleSheet(feedbackStyle(pick == correct));
        ui.feedback->show();
    }
    m_score->setText(tr("Score: %1 of %2 correct").arg(result.correct).arg(result.total));
}

void QuizWidget::updateFonts()
{
    // Derived from this widget's font, so they follow the presentation zoom (the application font).
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    QFont scoreFont = font();
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    // The style draws radio indicators at a fixed pixel size; grow them with the presentation zoom.
    const int indicator = qRound(fontMetrics().height() * 0.75);
    const QString sheet = indicator > 16
        ? QStringLiteral("QRadioButton::indicator { width: %1px; height: %1px; }").arg(indicator)
        : QString();
    for (auto& ui : m_questions) {
        for (auto* radio : ui.radios)
            radio->setStyleSheet(sheet);
    }
}

void QuizWidget::retranslate()
{
    m_hint->setText(tr("Choose one answer per question, then press Check."));
    m_check->setText(tr("Check"));
    m_check->setToolTip(tr("Show which answers are right, with explanations, and the score"));
    m_retry->setText(tr("Try again"));
    showFeedback();
}

void QuizWidget::showEvent(QShowEvent* event)
{
    // Not before: a lesson page builds its quiz when the lesson opens, and the experiment (forking a
    // grown ptlab, for one) should run only for a student who looks at the quiz.
    for (const QString& text : m_liveTexts)
        LiveFigures::instance().request(text);
    m_liveTexts.clear();
    QWidget::showEvent(event);
}

void QuizWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateFonts();
    QWidget::changeEvent(event);
}

bool QuizWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Clicking an answer's text chooses it, as clicking a radio button's own text would.
    if (event->type() == QEvent::MouseButtonRelease && !m_checked) {
        for (auto& ui : m_questions) {
            for (std::size_t o = 0; o < ui.labels.size(); ++o) {
                if (ui.labels[o] == watched) {
                    ui.radios[o]->setChecked(true);
                    ui.radios[o]->setFocus();
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ptlab::ui
