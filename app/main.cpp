// ptlab: the GUI, and the command-line subcommands of the same binary (ui/cli/command_table.cpp).
#include "ui/cli/command_table.h"
#include "ui/shell/app_context.h"
#include "ui/shell/application_setup.h"
#include "ui/shell/main_window.h"

#include <QApplication>
#include <iostream>

int main(int argc, char** argv)
{
    const ptlab::cli::Args args(argv + 1, argv + argc);
    const ptlab::cli::Io io { std::cout, std::cerr };
    const auto& table = ptlab::ui::commandTable();
    if (ptlab::cli::isCommandLine(table, args))
        return ptlab::cli::runCommandLine(table, args, io);

    ptlab::ui::WindowOptions options;
    if (auto exitCode = ptlab::ui::parseWindowOptions(args, options, io))
        return *exitCode;
    QApplication app(argc, argv);
    ptlab::ui::setupApplication(app);
    ptlab::ui::AppContext context;
    ptlab::ui::MainWindow window(context);
    window.restoreSettings();
    if (!options.language.isEmpty())
        context.setLanguage(options.language);
    if (!options.page.isEmpty())
        window.showPage(options.page);
    window.show();
    return app.exec();
}
