// SPDX-License-Identifier: MIT
// What the training view's tests share: a quick race, waiting as a user would, and the language
// put back.
#pragma once

#include "../language.hpp"
#include "mainwindow.hpp"

#include <activa/training.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <gtest/gtest.h>

#include <cstddef>

namespace activa::ui::test {

// A race that takes milliseconds an epoch: ReLU and sigmoid on xor, 2 × 8, 120 points.
inline TrainingState small_race(std::size_t epochs) {
    TrainingState s;
    s.settings.dataset = DatasetId::Xor;
    s.settings.points = 120;
    s.settings.hidden_layers = 2;
    s.settings.units = 8;
    s.settings.epochs = epochs;
    s.race = {{ActivationId::Relu, {}}, {ActivationId::Sigmoid, {}}};
    return s;
}

// Runs the event loop until the condition holds or the time is up; whether it holds. (QTRY_*
// report through QTest's logger, which a GoogleTest run does not have.)
template <typename Condition> bool wait_for(Condition condition, int timeout_ms = 10000) {
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeout_ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
    return true;
}

// Runs the event loop for a while, as a user waiting would.
inline void wait_ms(int ms) {
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(2);
    }
}

// Shows the widget at this size, as a window on the screen.
inline void show_at(QWidget& widget, QSize size) {
    widget.resize(size);
    widget.show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(&widget));
}

// The language as the window's menu switches it: every open view retranslates in place.
inline void switch_language(const QString& code) {
    MainWindow::installLanguage(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

} // namespace activa::ui::test
