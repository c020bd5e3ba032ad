// SPDX-License-Identifier: MIT
#pragma once

#include "mainwindow.hpp"

#include <QString>

namespace activa::ui::test {

// Restores English whatever a test switched to.
struct EnglishAfterwards {
    ~EnglishAfterwards() { MainWindow::installLanguage(QStringLiteral("en")); }
};

} // namespace activa::ui::test
