// SPDX-License-Identifier: MIT
#include "cli.hpp"
#include "output.hpp"

#include "mainwindow.hpp"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <activa/version.hpp>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace {

using Command = int (*)(const std::vector<std::string_view>&, std::FILE*);

int run_headless(int argc, char** argv, Command command) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    try {
        return command(args, stdout);
    } catch (const activa::cli::UsageError& e) {
        // Core's reasons may echo input too: one line whatever they hold.
        activa::cli::report(e.what());
        return activa::cli::kUsage;
    }
}

void drop_qt_message(QtMsgType type, const QMessageLogContext&, const QString& message) {
    // Anything short of critical is Qt talking about its environment (a missing runtime
    // directory, font fallbacks), not about the command: stderr is for the command's one line.
    if (type == QtCriticalMsg || type == QtFatalMsg) activa::cli::report(message.toStdString());
}

// `activa export` draws with Qt but must work without a display, so it runs on the offscreen
// platform whatever the environment says.
int run_export(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(drop_qt_message);
    // Qt reads options such as -platform from its argv; the command's words are not for it.
    int qt_argc = 1;
    QApplication app(qt_argc, argv);
    QApplication::setApplicationName(QStringLiteral("Activa"));
    QApplication::setOrganizationName(QStringLiteral("Activa"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVA_VERSION));
    activa::ui::MainWindow::installEnglishPlurals(); // "1 hidden layer" in exported pictures
    return run_headless(argc, argv, activa::cli::cmd_export);
}

// While the window's platform starts: Qt reports a missing display in several lines and then
// aborts; one line says what happened instead.
void platform_failed(QtMsgType type, const QMessageLogContext&, const QString&) {
    if (type != QtFatalMsg) return;
    std::fputs("activa: cannot open the window: no display or graphical platform is available; "
               "the other commands work without one (see 'activa --help')\n",
               stderr);
    std::_Exit(1);
}

// QSettings reads its file as it is made: a fifo there would block the start for ever, and a
// device would feed it anything. The user's settings file, found as QSettings finds it.
QString settings_file() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/' +
           QApplication::organizationName() + u'/' + QApplication::applicationName() +
           QStringLiteral(".conf");
}

int run_gui(int argc, char** argv) {
    qInstallMessageHandler(platform_failed);
    QApplication app(argc, argv);
    qInstallMessageHandler(nullptr);
    QApplication::setApplicationName(QStringLiteral("Activa"));
    QApplication::setOrganizationName(QStringLiteral("Activa"));
    QApplication::setApplicationVersion(QStringLiteral(ACTIVA_VERSION));
    if (argc > 1) {
        // Qt has taken its own options out of argv: what is left is a word it did not know.
        activa::cli::report("unknown command " + activa::cli::quoted(argv[1]) +
                            " (see 'activa --help')");
        return activa::cli::kUsage;
    }
    const QFileInfo settings(settings_file());
    const QTemporaryDir session_only;
    if (settings.exists() && !settings.isFile()) {
        activa::cli::report("the settings file " +
                            QFile::encodeName(settings.filePath()).toStdString() +
                            " is not a regular file: the window starts from its defaults and "
                            "saves nothing");
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, session_only.path());
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
    // A reader that goes away (`activa eval ... | head`) is a failed write, reported in one line
    // with exit code 1 like any other, not a silent death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    if (argc > 1 && std::string_view(argv[1]) == "export") return run_export(argc, argv);
    // An unknown command is reported like any bad input, without ever needing a display.
    if (argc > 1 && !is_qt_option(argv[1])) return run_headless(argc, argv, activa::cli::run);
    return run_gui(argc, argv);
}
