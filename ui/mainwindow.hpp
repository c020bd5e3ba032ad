// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace activa::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace activa::ui
