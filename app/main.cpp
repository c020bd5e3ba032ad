// SPDX-License-Identifier: MIT
#include "cli.hpp"

#include <ui/mainwindow.hpp>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    activa::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && activa::cli::is_command(argv[1])) return run_headless(argc, argv);
    return run_gui(argc, argv);
}
