// SPDX-License-Identifier: MIT
// Widget tests run on the offscreen platform with a real QApplication.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // Settings written by the tests go to a fresh folder, never the user's.
    const QTemporaryDir settings_dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings_dir.path());
    QApplication::setOrganizationName(QStringLiteral("ActivaTests"));
    QApplication::setApplicationName(QStringLiteral("ActivaTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
