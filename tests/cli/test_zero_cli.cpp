#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct ZeroRun
{
    int exitCode = -1;
    QByteArray out, err;
};

ZeroRun runPtlab(const QStringList& args, const QString& language = QStringLiteral("C"))
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), language);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PTLAB_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace

TEST_CASE("ptlab zero --json gives the ZeRO paper's per-device memory, under any locale", "[cli][training_memory]")
{
    for (const QString& lang : { QStringLiteral("C"), QStringLiteral("vi_VN.UTF-8") }) {
        const auto r = runPtlab({ QStringLiteral("zero"), QStringLiteral("--params"), QStringLiteral("7.5e9"),
                                    QStringLiteral("--gpus"), QStringLiteral("64"), QStringLiteral("--json") },
            lang);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        const auto stages = doc.object().value(QStringLiteral("stages")).toArray();
        REQUIRE(stages.size() == 4);
        CHECK(stages[0].toObject().value(QStringLiteral("total_gb")).toDouble() == Approx(120));
        CHECK(stages[1].toObject().value(QStringLiteral("total_gb")).toDouble() == Approx(31.4).margin(0.05));
        CHECK(stages[2].toObject().value(QStringLiteral("total_gb")).toDouble() == Approx(16.6).margin(0.05));
        CHECK(stages[3].toObject().value(QStringLiteral("total_gb")).toDouble() == Approx(1.9).margin(0.05));
    }
    CHECK(runPtlab({ QStringLiteral("zero"), QStringLiteral("--gpus"), QStringLiteral("0") }).exitCode == 2);
    CHECK(runPtlab({ QStringLiteral("zero"), QStringLiteral("--help") }).out.contains("--params"));
}

TEST_CASE("ptlab train-memory writes a Chrome trace and a CSV", "[cli][training_memory]")
{
    QTemporaryDir dir;
    const QString trace = dir.filePath(QStringLiteral("t.json")), csv = dir.filePath(QStringLiteral("s.csv"));
    const auto r = runPtlab({ QStringLiteral("train-memory"), QStringLiteral("--technique"), QStringLiteral("prefetch"),
        QStringLiteral("--files"), QStringLiteral("6"), QStringLiteral("--trace"), trace, QStringLiteral("--csv"), csv,
        QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto doc = QJsonDocument::fromJson(r.out);
    REQUIRE(doc.object().value(QStringLiteral("runs")).toArray().size() == 2);
    QFile t(trace);
    REQUIRE(t.open(QIODevice::ReadOnly));
    const auto events = QJsonDocument::fromJson(t.readAll()).object().value(QStringLiteral("traceEvents")).toArray();
    CHECK(events.size() > 6);
    QFile c(csv);
    REQUIRE(c.open(QIODevice::ReadOnly));
    CHECK(c.readLine().trimmed() == "step,loss,samples_per_second,memory_bytes");
    CHECK(runPtlab({ QStringLiteral("train-memory"), QStringLiteral("--technique"), QStringLiteral("nope") }).exitCode
        == 2);
}
