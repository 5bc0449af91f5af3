#pragma once

// Running a program the way the command-line tests do: offscreen Qt, its output kept, its exit awaited.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cli_test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

// `env` entries are NAME=value added to this process's environment; `unset` names are removed.
inline CliRun runProgram(const QString& program, const QStringList& args, int timeoutMs = 120000,
    const QStringList& env = {}, const QStringList& unset = {})
{
    QProcess p;
    auto e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& kv : env)
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    for (const QString& name : unset)
        e.remove(name);
    p.setProcessEnvironment(e);
    p.start(program, args);
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

inline CliRun runPtlab(const QStringList& args, int timeoutMs = 120000, const QStringList& env = {})
{
    return runProgram(QStringLiteral(PTLAB_BINARY), args, timeoutMs, env);
}

} // namespace cli_test
