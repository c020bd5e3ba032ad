// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace activa::ui {

// The user's typed functions between sessions, in the settings, and in files to share, both in
// core's text format (write_typed_definitions).
void save_typed_functions(QSettings& settings);
// Defines the saved functions; what could not be defined is skipped and named ("name: reason"),
// the others load.
QStringList load_typed_functions(QSettings& settings);
// Writes every typed function to a file (atomically: a failed write leaves the file as it was).
bool export_typed_functions(const QString& file_name, QString* error);
// Defines the functions of a file: the names defined, and those skipped with why.
struct Imported {
    QStringList defined;
    QStringList skipped;
};
bool import_typed_functions(const QString& file_name, Imported* result, QString* error);

} // namespace activa::ui
