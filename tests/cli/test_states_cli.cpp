// ptlab states: the sources, pinning, intervals and the trace file (issue 10).
#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct StatesRun
{
    int exitCode = -1;
    QByteArray out, err;
};

StatesRun runPtlab(const QStringList& args)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PTLAB_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

QJsonObject parse(const QByteArray& text)
{
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("ptlab states --source sampled --cpu 0 pins every task and says its source", "[cli][states]")
{
    auto r = runPtlab(
        { QStringLiteral("states"), QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--processes"),
            QStringLiteral("1"), QStringLiteral("--source"), QStringLiteral("sampled"), QStringLiteral("--cpu"),
            QStringLiteral("0"), QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto doc = parse(r.out);
    CHECK(doc.value(QStringLiteral("source")).toString() == QStringLiteral("sampled"));
    const auto tasks = doc.value(QStringLiteral("tasks")).toArray();
    REQUIRE(tasks.size() == 3);
    for (const auto& t : tasks) {
        CHECK(t.toObject().value(QStringLiteral("last_cpu")).toInt() == 0);
        CHECK_FALSE(t.toObject().contains(QStringLiteral("intervals")));
    }
    CHECK(runPtlab({ QStringLiteral("states"), QStringLiteral("--source"), QStringLiteral("guess") }).exitCode == 2);
    CHECK(runPtlab({ QStringLiteral("states"), QStringLiteral("--cpu"), QStringLiteral("100000") }).exitCode == 2);
}

TEST_CASE("ptlab states --source exact gives intervals, or exits 1 with the reason", "[cli][states][exact]")
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("states.json"));
    auto r = runPtlab({ QStringLiteral("states"), QStringLiteral("--threads"), QStringLiteral("2"),
        QStringLiteral("--workload"), QStringLiteral("mixed"), QStringLiteral("--source"), QStringLiteral("exact"),
        QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--trace"), trace, QStringLiteral("--json") });
    if (r.exitCode == 1) {
        CHECK(r.err.contains("perf"));
        WARN("exact source refused here: " << r.err.toStdString());
        return;
    }
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto doc = parse(r.out);
    CHECK(doc.value(QStringLiteral("source")).toString() == QStringLiteral("exact"));
    for (const auto& value : doc.value(QStringLiteral("tasks")).toArray()) {
        const auto intervals = value.toObject().value(QStringLiteral("intervals")).toArray();
        REQUIRE(intervals.size() >= 2);
        double previousEnd = -1;
        for (const auto& i : intervals) {
            const auto a = i.toArray();
            REQUIRE(a.size() == 3);
            CHECK(a[0].toDouble() <= a[1].toDouble());
            CHECK(a[0].toDouble() >= previousEnd - 1e-9);
            previousEnd = a[1].toDouble();
            CHECK_FALSE(a[2].toString().isEmpty());
        }
    }
    QFile file(trace);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto events = parse(file.readAll()).value(QStringLiteral("traceEvents")).toArray();
    int slices = 0;
    for (const auto& e : events)
        slices += e.toObject().value(QStringLiteral("ph")).toString() == QStringLiteral("X");
    CHECK(slices >= 4);
}
