#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run ptlabCompare(const QStringList& args)
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

} // namespace

TEST_CASE("ptlab bench list names the process-vs-thread experiments", "[cli][compare]")
{
    const auto r = ptlabCompare({ QStringLiteral("bench"), QStringLiteral("list") });
    REQUIRE(r.exitCode == 0);
    for (const char* name : { "thread-create", "process-create", "fork-rss", "context-switch", "ipc", "task-memory",
             "isolation", "sharing", "race", "deadlock", "oversubscription", "all" })
        CHECK(r.out.contains(name));
}

TEST_CASE("ptlab bench process-create --json carries the unit and statistics per variant", "[cli][compare]")
{
    const auto r = ptlabCompare({ QStringLiteral("bench"), QStringLiteral("process-create"), QStringLiteral("--runs"),
        QStringLiteral("3"), QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(r.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const auto o = doc.object();
    CHECK(o.value(QStringLiteral("bench")).toString() == QStringLiteral("process-create"));
    const auto variants = o.value(QStringLiteral("variants")).toArray();
    REQUIRE(variants.size() == 3);
    for (const auto& v : variants) {
        const auto obj = v.toObject();
        CHECK(obj.value(QStringLiteral("unit")).toString() == QStringLiteral("us"));
        CHECK(obj.value(QStringLiteral("count")).toInt() == 3);
        CHECK(obj.value(QStringLiteral("median")).toDouble() > 0);
        CHECK(obj.value(QStringLiteral("samples")).toArray().size() == 3);
    }
}

TEST_CASE("ptlab bench isolation survives the crashes and reports SIGSEGV", "[cli][compare]")
{
    const auto r = ptlabCompare({ QStringLiteral("bench"), QStringLiteral("isolation"), QStringLiteral("--runs"),
        QStringLiteral("1"), QStringLiteral("--json") });
    REQUIRE(r.exitCode == 0);
    const auto o = QJsonDocument::fromJson(r.out).object();
    bool found = false;
    for (const auto& f : o.value(QStringLiteral("facts")).toArray()) {
        const auto fact = f.toObject();
        if (fact.value(QStringLiteral("key")).toString() == QStringLiteral("process_crash_signal")) {
            found = true;
            CHECK(fact.value(QStringLiteral("value")).toInt() == 11);
        }
    }
    CHECK(found);
}

TEST_CASE("ptlab bench compare options are checked", "[cli][compare]")
{
    CHECK(ptlabCompare({ QStringLiteral("bench"), QStringLiteral("fork-rss"), QStringLiteral("--max-mib"),
                           QStringLiteral("5000") })
              .exitCode
        == 2);
    CHECK(
        ptlabCompare({ QStringLiteral("bench"), QStringLiteral("race"), QStringLiteral("--runs"), QStringLiteral("x") })
            .exitCode
        == 2);
    const auto text = ptlabCompare(
        { QStringLiteral("bench"), QStringLiteral("sharing"), QStringLiteral("--runs"), QStringLiteral("1") });
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("forked child's write seen"));
}
