// SPDX-License-Identifier: MIT
// Widget tests run on the offscreen platform with a real QApplication.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QApplication::setOrganizationName(QStringLiteral("ActivaTests"));
    QApplication::setApplicationName(QStringLiteral("ActivaTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
