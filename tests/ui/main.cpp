// Catch2 with an offscreen QApplication: every ui test runs inside it, with no display needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "ui/shell/application_setup.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdlib>

int main(int argc, char** argv)
{
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    // Tests never touch the user's real settings.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ptlab::ui::setupApplication(app);
    // ctest runs every test case as a process of its own, two at a time: each gets settings of its
    // own, so one clearing them or calibrating the word processor cannot change another's.
    QTemporaryDir settingsDir;
    if (settingsDir.isValid()) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    }
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
