// SPDX-License-Identifier: MIT
#pragma once

#include "common/numberbox.hpp"

#include <QString>
#include <QTest>

namespace activa::ui {

// Types text into a number field as a user would, replacing what it shows, then presses Enter.
inline void type_into(NumberBox* box, const QString& text) {
    box->setFocus();
    box->selectAll();
    QTest::keyClick(box, Qt::Key_Backspace);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace activa::ui
