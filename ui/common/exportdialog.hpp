// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.hpp"

#include <QDialog>

#include <functional>

class QComboBox;
class QLineEdit;

namespace activa::ui {

class NumberBox;

// Asks where and how big to export the current picture, and writes it: the dialog stays open,
// with what was entered, until the picture is written or the user cancels.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // Writes the picture as the dialog asks; false with a translated reason when it could not.
    using Export = std::function<bool(const ExportDialog& dialog, QString* error)>;

    ExportDialog(const QString& suggested_file, QSize size, QWidget* parent = nullptr);

    // Without one, accept() only checks what was entered.
    void setExport(Export write) { m_export = std::move(write); }

    QString fileName() const;
    ImageFormat format() const;
    QSize imageSize() const;
    double scale() const;

    void accept() override;

private:
    void onFormatChanged();
    void browse();
    // Whether the file may be written: a file that exists is replaced only when the user says so.
    bool mayWrite();

    QLineEdit* m_file;
    QComboBox* m_format;
    NumberBox* m_width;
    NumberBox* m_height;
    NumberBox* m_scale;
    Export m_export;
    // The file the user already agreed to replace in the file dialog.
    QString m_replaceAgreed;
};

} // namespace activa::ui
