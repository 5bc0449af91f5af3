// The lessons page shows each quiz's options in a new random order on every attempt, while scoring keeps
// using the options' indices in the quiz file.
#include "core/lessons/quiz_score.h"
#include "ui/lessons/lessons_page.h"
#include "ui/lessons/quiz_widget.h"
#include "ui/shell/app_context.h"

#include "page_test_helpers.h"

#include <catch2/catch.hpp>

#include <QGridLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <algorithm>
#include <set>
#include <utility>
#include <vector>

using namespace ptlab;
using namespace ptlab::ui;
using namespace ptlab::test;

namespace {

states::EngineConfig shuffleTestConfig()
{
    states::EngineConfig c;
    c.workerPath = PTLAB_WORKER_PATH;
    return c;
}

// The file indices of question q's options, top to bottom as laid out on screen.
std::vector<int> shownOrder(const QuizWidget* quiz, int q)
{
    std::vector<std::pair<int, int>> rows; // (grid row, file index)
    for (int o = 0; QRadioButton* radio = quiz->optionButton(q, o); ++o) {
        auto* grid = qobject_cast<QGridLayout*>(radio->parentWidget()->layout());
        REQUIRE(grid);
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        const int index = grid->indexOf(radio);
        REQUIRE(index >= 0);
        grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        rows.emplace_back(row, o);
    }
    std::sort(rows.begin(), rows.end());
    std::vector<int> order;
    for (const auto& [row, o] : rows)
        order.push_back(o);
    return order;
}

std::vector<std::vector<int>> shownOrders(const QuizWidget* quiz)
{
    std::vector<std::vector<int>> orders;
    for (int q = 0; q < quiz->questionCount(); ++q)
        orders.push_back(shownOrder(quiz, q));
    return orders;
}

bool isPermutation(std::vector<int> order)
{
    std::sort(order.begin(), order.end());
    for (std::size_t i = 0; i < order.size(); ++i)
        if (order[i] != static_cast<int>(i))
            return false;
    return true;
}

QString plain(const std::string& markdown)
{
    QTextDocument doc;
    doc.setMarkdown(QString::fromStdString(markdown));
    return doc.toPlainText().simplified();
}

// The radio button whose answer reads `text`, wherever it is shown: what a student clicks.
QRadioButton* buttonWithText(const QuizWidget* quiz, int q, const QString& text)
{
    for (int o = 0; QRadioButton* radio = quiz->optionButton(q, o); ++o)
        if (radio->accessibleName() == text)
            return radio;
    return nullptr;
}

struct QuizPage
{
    AppContext context { shuffleTestConfig() };
    LessonsPage page { context };

    explicit QuizPage(const QString& lang)
    {
        ptlab::test::clearSettings();
        context.setLanguage(lang);
        page.resize(1000, 1400);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.openLesson(QStringLiteral("process")));
        REQUIRE_FALSE(page.quizWidgets().isEmpty());
        page.tabs()->setCurrentIndex(1); // the quiz tab, so that clicks land on visible buttons
    }
    QuizWidget* quiz() const { return page.quizWidgets().front(); }
};

} // namespace

TEST_CASE("lessons: every attempt at a quiz shows the options in a new order", "[ui][lessons][quiz]")
{
    QuizPage p(QStringLiteral("en"));
    QuizWidget* quiz = p.quiz();
    REQUIRE(quiz->questionCount() >= 8);

    std::set<std::vector<std::vector<int>>> seen;
    auto previous = shownOrders(quiz);
    for (const auto& order : previous)
        CHECK(isPermutation(order));
    seen.insert(previous);
    int changes = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        quiz->checkButton()->click();
        REQUIRE(quiz->isChecked());
        quiz->retryButton()->click(); // a new attempt
        REQUIRE_FALSE(quiz->isChecked());
        const auto now = shownOrders(quiz);
        for (const auto& order : now)
            CHECK(isPermutation(order));
        changes += now != previous ? 1 : 0;
        seen.insert(now);
        previous = now;
    }
    // Eight or more questions of four options: two equal random orders have odds below 1 in 10^11.
    CHECK(changes >= 5);
    CHECK(seen.size() >= 6);

    // The screen follows the layout: the first shown option is above the last one.
    const auto order = shownOrder(quiz, 0);
    QRadioButton* top = quiz->optionButton(0, order.front());
    QRadioButton* bottom = quiz->optionButton(0, order.back());
    CHECK(waitUntil([&] { return top->geometry().top() < bottom->geometry().top(); }));

    // Opening the lesson again starts the quiz afresh, in another order.
    REQUIRE(p.page.openLesson(QStringLiteral("thread")));
    REQUIRE(p.page.openLesson(QStringLiteral("process")));
    CHECK(shownOrders(p.quiz()) != previous);
}

TEST_CASE("lessons: the right answer found by its text scores right in any order", "[ui][lessons][quiz]")
{
    QuizPage p(QStringLiteral("en"));
    QuizWidget* quiz = p.quiz();
    const int n = quiz->questionCount();
    REQUIRE(n >= 8);

    for (int attempt = 0; attempt < 3; ++attempt) {
        INFO("attempt " << attempt);
        QSignalSpy spy(quiz, &QuizWidget::checked);
        for (int q = 0; q < n; ++q) {
            const auto& question = quiz->quiz().questions[static_cast<std::size_t>(q)];
            // The first question gets a wrong answer, found by its text as well.
            const int wanted = q == 0 ? (question.correctIndex() + 1) % static_cast<int>(question.options.size())
                                      : question.correctIndex();
            QRadioButton* radio
                = buttonWithText(quiz, q, plain(question.options[static_cast<std::size_t>(wanted)].text));
            REQUIRE(radio);
            QTest::mouseClick(radio, Qt::LeftButton);
        }
        quiz->checkButton()->click();
        REQUIRE(spy.count() == 1);
        CHECK(spy.front().at(0).toInt() == n - 1);
        CHECK(spy.front().at(1).toInt() == n);
        // Scored against the file's indices, the same answers give the same result.
        const auto score = lessons::scoreQuiz(quiz->quiz(), quiz->answers());
        CHECK(score.correct == n - 1);
        CHECK_FALSE(score.perQuestion.front());
        quiz->retryButton()->click();
    }
    const auto best = p.page.progress().bestScore(QStringLiteral("process"), QStringLiteral("process"));
    REQUIRE(best);
    CHECK(best->correct == n - 1);
}

TEST_CASE("lessons: switching the language keeps the order of the attempt in progress", "[ui][lessons][quiz]")
{
    QuizPage p(QStringLiteral("en"));
    QuizWidget* quiz = p.quiz();
    const auto before = shownOrders(quiz);
    const auto& first = quiz->quiz().questions.front();
    QTest::mouseClick(buttonWithText(quiz, 0, plain(first.options[1].text)), Qt::LeftButton);
    const auto answers = quiz->answers();

    p.context.setLanguage(QStringLiteral("vi"));
    REQUIRE(waitUntil([&] { return p.page.language() == QStringLiteral("vi"); }));
    REQUIRE_FALSE(p.page.quizWidgets().isEmpty());
    CHECK(shownOrders(p.quiz()) == before);
    CHECK(p.quiz()->answers() == answers);
}
