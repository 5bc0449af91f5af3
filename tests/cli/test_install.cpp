// Installable (issue 14, part 6): `cmake --install` lays out bin/ptlab, libexec/ptlab/ptlab-worker, the
// desktop entry, the AppStream metadata and the icon; the installed ptlab finds its worker there and
// runs a demo with a worker process; the metadata passes appstreamcli where it is installed.
#include "cli_run.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

using Run = cli_test::CliRun;

// The installed ptlab must find its own worker: PTLAB_WORKER is not passed on.
Run run(const QString& program, const QStringList& args)
{
    return cli_test::runProgram(program, args, 120000, {}, { QStringLiteral("PTLAB_WORKER") });
}

} // namespace

TEST_CASE("cmake --install lays out a tree whose ptlab finds its worker in libexec", "[cli][install]")
{
    QTemporaryDir prefix;
    REQUIRE(prefix.isValid());
    const auto install = run(QStringLiteral(PTLAB_CMAKE),
        { QStringLiteral("--install"), QStringLiteral(PTLAB_BUILD_DIR), QStringLiteral("--prefix"), prefix.path() });
    INFO(install.out.toStdString() << install.err.toStdString());
    REQUIRE(install.exitCode == 0);
    const QDir root(prefix.path());
    for (const char* file : { "bin/ptlab", "libexec/ptlab/ptlab-worker", "share/applications/org.ptlab.ptlab.desktop",
             "share/metainfo/org.ptlab.ptlab.metainfo.xml", "share/icons/hicolor/scalable/apps/org.ptlab.ptlab.svg" }) {
        INFO(file);
        CHECK(QFileInfo::exists(root.filePath(QString::fromLatin1(file))));
    }
    CHECK_FALSE(QFileInfo::exists(root.filePath(QStringLiteral("bin/ptlab-worker"))));

    // No build tree beside it: the worker process comes from libexec/ptlab.
    const auto states = run(root.filePath(QStringLiteral("bin/ptlab")),
        { QStringLiteral("states"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--processes"),
            QStringLiteral("1"), QStringLiteral("--workload"), QStringLiteral("sleep"), QStringLiteral("--seconds"),
            QStringLiteral("1"), QStringLiteral("--json") });
    INFO(states.err.toStdString());
    REQUIRE(states.exitCode == 0);
    const auto tasks = QJsonDocument::fromJson(states.out).object().value(QStringLiteral("tasks")).toArray();
    CHECK(tasks.size() == 2);

    const QString validator = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (validator.isEmpty()) {
        WARN("appstreamcli is not installed: metadata not validated");
        return;
    }
    const auto valid = run(validator,
        { QStringLiteral("validate"), QStringLiteral("--no-net"),
            root.filePath(QStringLiteral("share/metainfo/org.ptlab.ptlab.metainfo.xml")) });
    INFO(valid.out.toStdString() << valid.err.toStdString());
    CHECK(valid.exitCode == 0);
}
