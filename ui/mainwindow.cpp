// SPDX-License-Identifier: MIT
#include "mainwindow.hpp"

namespace activa::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Activa"));
    resize(1200, 800);
}

} // namespace activa::ui
