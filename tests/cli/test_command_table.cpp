// The one command table: help, listing, argument checks and exit codes behave alike everywhere.
#include "cli_run.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

using Run = cli_test::CliRun;

Run ptlab(const QStringList& args, const QStringList& env = {})
{
    return cli_test::runPtlab(args, 120000, env);
}

} // namespace

TEST_CASE("ptlab --help lists every command and bench list every benchmark", "[cli][table]")
{
    const auto help = ptlab({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    for (const char* name : { "states", "hardware", "render", "bench" })
        CHECK(help.out.contains(name));

    const auto list = ptlab({ QStringLiteral("bench"), QStringLiteral("list") });
    REQUIRE(list.exitCode == 0);
    const auto lines = list.out.trimmed().split('\n');
    CHECK(lines.size() >= 5);
    for (const char* name : { "sampler", "ui-latency", "ui-stall", "startup", "memory" }) {
        bool found = false;
        for (const auto& line : lines)
            found = found || line.startsWith(name);
        CHECK(found);
    }

    const auto benchHelp = ptlab({ QStringLiteral("bench"), QStringLiteral("--help") });
    CHECK(benchHelp.exitCode == 0);
    CHECK(benchHelp.out.contains("sampler"));
    CHECK(benchHelp.err.isEmpty());
    const auto samplerHelp = ptlab({ QStringLiteral("bench"), QStringLiteral("sampler"), QStringLiteral("--help") });
    CHECK(samplerHelp.exitCode == 0);
    CHECK(samplerHelp.out.contains("--tasks"));
}

TEST_CASE("bad arguments exit 2 with one clear line, before any window opens", "[cli][table]")
{
    const auto lang = ptlab({ QStringLiteral("--lang"), QStringLiteral("xx") });
    CHECK(lang.exitCode == 2);
    CHECK(lang.err.contains("vi"));
    CHECK(lang.err.contains("en"));
    CHECK(ptlab({ QStringLiteral("--frobnicate") }).exitCode == 2);
    const auto unknown = ptlab({ QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("unknown command"));
    CHECK(ptlab({ QStringLiteral("bench"), QStringLiteral("nothing") }).exitCode == 2);
    CHECK(ptlab({ QStringLiteral("bench"), QStringLiteral("sampler"), QStringLiteral("--tasks"), QStringLiteral("0") })
              .exitCode
        == 2);
    const auto page = ptlab({ QStringLiteral("--page"), QStringLiteral("nowhere") });
    CHECK(page.exitCode == 2);
}

TEST_CASE("imported files are bounded: /dev/zero and a FIFO are refused at once", "[cli][table][hardware]")
{
    const auto zero = ptlab({ QStringLiteral("hardware"), QStringLiteral("--xml"), QStringLiteral("/dev/zero") });
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains("not a regular file"));
}

TEST_CASE("JSON output stays valid under a locale with a decimal comma", "[cli][table][locale]")
{
    QProcess locales;
    locales.start(QStringLiteral("locale"), { QStringLiteral("-a") });
    locales.waitForFinished();
    const QByteArray available = locales.readAllStandardOutput().toLower();
    for (const char* locale : { "vi_VN.UTF-8", "de_DE.UTF-8" }) {
        INFO(locale);
        if (!available.contains(QByteArray(locale).toLower().replace("utf-8", "utf8"))) {
            WARN("locale " << locale << " is not installed here (scripts/install-deps.sh generates it)");
            continue;
        }
        const auto r = ptlab(
            { QStringLiteral("bench"), QStringLiteral("sampler"), QStringLiteral("--tasks"), QStringLiteral("20"),
                QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--json") },
            { QStringLiteral("LC_ALL=") + QLatin1String(locale), QStringLiteral("LANG=") + QLatin1String(locale) });
        REQUIRE(r.exitCode == 0);
        QJsonParseError error;
        const auto doc = QJsonDocument::fromJson(r.out, &error);
        INFO(r.out.toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(doc.object().value(QStringLiteral("rate_hz")).toDouble() == 20.0);
        const auto text = ptlab({ QStringLiteral("hardware"), QStringLiteral("--synthetic"),
                                    QStringLiteral("pack:1 [numa(memory=1610612736)] core:2 pu:1") },
            { QStringLiteral("LC_ALL=") + QLatin1String(locale) });
        CHECK(text.exitCode == 0);
        CHECK(text.out.contains("1.5 GiB"));
    }
}
