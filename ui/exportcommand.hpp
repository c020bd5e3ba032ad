// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace activa::ui {

// `activa export ...`: draws a picture the way the window does and saves it, or its data as
// CSV. args excludes the program name and the word "export". Needs a QApplication (the
// offscreen platform will do). Returns the exit code: 0 written (nothing printed), 1 the file
// could not be written, 2 bad input; both failures print one "activa: " line on stderr and
// leave an existing file untouched.
int run_export_command(const QStringList& args);

// Keeps Qt's own notes (a missing runtime directory, font fallbacks) off stderr, which belongs
// to the command's one-line errors. Call before creating the QApplication.
void quiet_qt_messages();

} // namespace activa::ui
