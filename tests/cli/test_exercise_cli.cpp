#include "cli_run.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

using Run = cli_test::CliRun;

Run ptlab(const QStringList& args, int timeoutMs = 120000)
{
    return cli_test::runPtlab(args, timeoutMs);
}

QJsonObject parse(const QByteArray& text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("ptlab exercise list names at least six exercises, in text and JSON", "[cli][exercises]")
{
    const auto r = ptlab({ QStringLiteral("exercise"), QStringLiteral("list") });
    REQUIRE(r.exitCode == 0);
    const auto lines = r.out.trimmed().split('\n');
    CHECK(lines.size() >= 6);
    CHECK(r.out.contains("states-pinned"));
    const auto j = ptlab({ QStringLiteral("exercise"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(j.exitCode == 0);
    const auto list = parse(j.out).value(QStringLiteral("exercises")).toArray();
    CHECK(list.size() >= 6);
    for (const auto& e : list)
        CHECK_FALSE(e.toObject().value(QStringLiteral("summary")).toString().isEmpty());
    CHECK(ptlab({ QStringLiteral("--help") }).out.contains("exercise"));
}

TEST_CASE("ptlab exercise NAME --seed N --json prints the question and the measured answer", "[cli][exercises]")
{
    const QStringList args = { QStringLiteral("exercise"), QStringLiteral("wordproc-scaling"), QStringLiteral("--seed"),
        QStringLiteral("9"), QStringLiteral("--predict"), QStringLiteral("2"), QStringLiteral("--json") };
    const auto r = ptlab(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto o = parse(r.out);
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("wordproc-scaling"));
    CHECK(o.value(QStringLiteral("seed")).toInt() == 9);
    const QString question = o.value(QStringLiteral("question")).toString();
    CHECK(question.size() > 40);
    const auto answer = o.value(QStringLiteral("answer")).toObject();
    CHECK(answer.value(QStringLiteral("measured")).toDouble() > 0);
    CHECK(answer.value(QStringLiteral("values")).toObject().value(QStringLiteral("big_ms")).toDouble() > 0);
    CHECK(answer.value(QStringLiteral("explanation")).toString().size() > 100);
    CHECK(o.value(QStringLiteral("prediction")).toObject().contains(QStringLiteral("off_percent")));

    // The same seed asks the same question; the text form says the question and the measurement.
    const auto again = ptlab({ QStringLiteral("exercise"), QStringLiteral("wordproc-scaling"), QStringLiteral("--seed"),
        QStringLiteral("9") });
    REQUIRE(again.exitCode == 0);
    CHECK(QString::fromUtf8(again.out).contains(question));
    CHECK(again.out.contains("Measured:"));
}

TEST_CASE("ptlab exercise with an unknown name exits 2 and names the exercises", "[cli][exercises]")
{
    const auto r = ptlab({ QStringLiteral("exercise"), QStringLiteral("no-such-exercise"), QStringLiteral("--seed"),
        QStringLiteral("1") });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("states-pinned"));
    CHECK(r.err.contains("fork-spawn"));
    CHECK(ptlab({ QStringLiteral("exercise"), QStringLiteral("list"), QStringLiteral("--seed"), QStringLiteral("x") })
              .exitCode
        == 2);
}
