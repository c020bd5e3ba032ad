// SPDX-License-Identifier: MIT
#include "cli.hpp"

#include <ui/exportcommand.hpp>
#include <ui/mainwindow.hpp>

#include <QApplication>
#include <QSettings>
#include <QStringList>

#include <cstdio>
#include <string_view>
#include <vector>

namespace {

int run_headless(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    try {
        return activa::cli::run(args, stdout);
    } catch (const activa::cli::UsageError& e) {
        std::fprintf(stderr, "activa: %s\n", e.message.c_str());
        return activa::cli::kUsage;
    }
}

// `activa export` draws with Qt but must work without a display, so it runs on the offscreen
// platform whatever the environment says.
int run_export(int argc, char** argv) {
    QStringList args;
    for (int i = 2; i < argc; ++i)
        args.push_back(QString::fromLocal8Bit(argv[i]));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    activa::ui::quiet_qt_messages();
    // Qt reads options such as -platform from its argv; the command's words are not for it.
    int qt_argc = 1;
    QApplication app(qt_argc, argv);
    QApplication::setApplicationName(QStringLiteral("Activa"));
    QApplication::setOrganizationName(QStringLiteral("Activa"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVA_VERSION));
    return activa::ui::run_export_command(args);
}

int run_gui(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Activa"));
    QApplication::setOrganizationName(QStringLiteral("Activa"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVA_VERSION));
    if (QApplication::arguments().size() > 1) {
        std::fprintf(stderr, "activa: unknown command '%s' (see 'activa --help')\n",
                     qPrintable(QApplication::arguments().at(1)));
        return activa::cli::kUsage;
    }
    activa::ui::MainWindow::installLanguage(
        QSettings().value(QStringLiteral("language")).toString());
    activa::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

// Qt's own options, which start the window; any other first argument is a command.
bool is_qt_option(std::string_view arg) {
    for (const std::string_view o :
         {"-platform", "-style", "-stylesheet", "-reverse", "-geometry", "-qwindowgeometry",
          "-qwindowtitle", "-display", "-session", "-widgetcount", "-nograb", "-dograb"})
        if (arg == o || (arg.starts_with(o) && arg.size() > o.size() && arg[o.size()] == '='))
            return true;
    return false;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "export") return run_export(argc, argv);
    // An unknown command is reported like any bad input, without ever needing a display.
    if (argc > 1 && !is_qt_option(argv[1])) return run_headless(argc, argv);
    return run_gui(argc, argv);
}
