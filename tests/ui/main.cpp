// SPDX-License-Identifier: MIT
// Widget tests run on the offscreen platform with a real QApplication.
#include "mainwindow.hpp"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // ctest runs every test in a process of its own, several at once: each process gets a home
    // of its own for settings, caches, pictures and Qt's runtime folder, never the user's or
    // another test's, and removes it when it ends.
    const QTemporaryDir home;
    for (const char* name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
        qputenv(name, home.path().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, home.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QApplication::setOrganizationName(QStringLiteral("ActivaTests"));
    QApplication::setApplicationName(QStringLiteral("ActivaTests"));
    activa::ui::MainWindow::installEnglishPlurals(); // as the program does

    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
