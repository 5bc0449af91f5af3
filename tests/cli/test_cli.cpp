#include "cli_run.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = cli_test::CliRun;

Run ptlab(const QStringList& args, int timeoutMs = 120000)
{
    return cli_test::runPtlab(args, timeoutMs);
}

} // namespace

TEST_CASE("ptlab --help and states --help document the commands", "[cli]")
{
    auto help = ptlab({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("states"));
    CHECK(help.out.contains("render"));
    auto states = ptlab({ QStringLiteral("states"), QStringLiteral("--help") });
    CHECK(states.exitCode == 0);
    CHECK(states.out.contains("--workload"));
    CHECK(ptlab({ QStringLiteral("frobnicate") }).exitCode == 2);
}

TEST_CASE("ptlab states --json prints every task with samples and counters", "[cli][states]")
{
    auto r = ptlab({ QStringLiteral("states"), QStringLiteral("--threads"), QStringLiteral("2"),
        QStringLiteral("--processes"), QStringLiteral("1"), QStringLiteral("--workload"), QStringLiteral("cpu"),
        QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const auto tasks = doc.object().value(QStringLiteral("tasks")).toArray();
    REQUIRE(tasks.size() == 3);
    int processes = 0;
    for (const auto& value : tasks) {
        const auto t = value.toObject();
        processes += t.value(QStringLiteral("kind")).toString() == QStringLiteral("process");
        CHECK(t.value(QStringLiteral("pid")).toInt() > 0);
        CHECK(t.value(QStringLiteral("tid")).toInt() > 0);
        const auto samples = t.value(QStringLiteral("samples")).toArray();
        REQUIRE(samples.size() >= 5);
        CHECK(samples.first().toArray().size() == 2);
        CHECK(samples.last().toArray().at(1).toString() == QStringLiteral("terminated"));
        CHECK(t.value(QStringLiteral("on_cpu_ns")).toDouble() > 0);
        CHECK(t.value(QStringLiteral("transitions")).toObject().contains(QStringLiteral("preempt")));
    }
    CHECK(processes == 1);
}

TEST_CASE("ptlab states rejects bad input with exit code 2", "[cli][states][errors]")
{
    auto workload = ptlab({ QStringLiteral("states"), QStringLiteral("--workload"), QStringLiteral("dance") });
    CHECK(workload.exitCode == 2);
    CHECK(workload.err.contains("--workload"));
    CHECK(workload.err.contains("cpu"));
    auto count = ptlab({ QStringLiteral("states"), QStringLiteral("--threads"), QStringLiteral("many") });
    CHECK(count.exitCode == 2);
    CHECK(count.err.contains("--threads"));
    CHECK(ptlab({ QStringLiteral("states"), QStringLiteral("--bogus") }).exitCode == 2);
}

TEST_CASE("ptlab render draws the States page in both languages", "[cli][render]")
{
    QTemporaryDir dir;
    for (const char* lang : { "en", "vi" }) {
        const QString out = dir.filePath(QStringLiteral("states-%1.png").arg(QLatin1String(lang)));
        auto r = ptlab({ QStringLiteral("render"), QStringLiteral("states"), QStringLiteral("--lang"),
            QLatin1String(lang), QStringLiteral("--size"), QStringLiteral("1024x700"), QStringLiteral("--seconds"),
            QStringLiteral("1"), QStringLiteral("--out"), out });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QImage image(out);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 1024);
        CHECK(image.height() == 700);
    }
    auto unknown = ptlab({ QStringLiteral("render"), QStringLiteral("nosuchpage"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("x.png")) });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("unknown page"));
}

TEST_CASE("ptlab render refuses a lesson that does not exist and names the lessons", "[cli][render]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("lesson.png"));
    for (const char* lang : { "en", "vi" }) {
        auto r = ptlab({ QStringLiteral("render"), QStringLiteral("lesson:11-data-parallel"), QStringLiteral("--lang"),
            QLatin1String(lang), QStringLiteral("--seconds"), QStringLiteral("0"), QStringLiteral("--out"), out });
        INFO(lang << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains("unknown lesson '11-data-parallel'"));
        CHECK(r.err.contains("04-process"));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    // Every form the message offers is accepted.
    for (const char* name : { "lesson:04-process", "lesson:process", "lesson:4", "lessons:04-process;tab=exercises" }) {
        auto r = ptlab({ QStringLiteral("render"), QLatin1String(name), QStringLiteral("--seconds"),
            QStringLiteral("0"), QStringLiteral("--size"), QStringLiteral("640x400"), QStringLiteral("--out"), out });
        INFO(name << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
}

TEST_CASE("ptlab bench sampler reports the sampler's cost", "[cli][bench]")
{
    auto r = ptlab({ QStringLiteral("bench"), QStringLiteral("sampler"), QStringLiteral("--tasks"),
        QStringLiteral("50"), QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const auto o = QJsonDocument::fromJson(r.out).object();
    CHECK(o.value(QStringLiteral("tasks")).toInt() == 50);
    CHECK(o.value(QStringLiteral("samples")).toDouble() > 0);
    CHECK(o.contains(QStringLiteral("cpu_share_percent")));
    CHECK(ptlab({ QStringLiteral("bench"), QStringLiteral("nothing") }).exitCode == 2);
}

TEST_CASE("ptlab hardware prints counts and rejects bad input", "[cli][hardware]")
{
    auto r = ptlab({ QStringLiteral("hardware"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const auto o = QJsonDocument::fromJson(r.out).object();
    for (const char* key : { "packages", "numa_nodes", "cores", "pus", "caches", "memory_bytes", "gpus" })
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("pus")).toInt() >= 1);
    auto missing = ptlab({ QStringLiteral("hardware"), QStringLiteral("--xml"), QStringLiteral("/nonexistent.xml") });
    CHECK(missing.exitCode == 2);
    auto synthetic = ptlab({ QStringLiteral("hardware"), QStringLiteral("--json"), QStringLiteral("--synthetic"),
        QStringLiteral("pack:2 core:4 pu:2") });
    REQUIRE(synthetic.exitCode == 0);
    CHECK(QJsonDocument::fromJson(synthetic.out).object().value(QStringLiteral("pus")).toInt() == 16);
}
