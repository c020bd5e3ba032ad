// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.hpp"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace activa::ui {

class NumberBox;

// Asks where and how big to export the current picture.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& suggested_file, QSize size, QWidget* parent = nullptr);

    QString fileName() const;
    ImageFormat format() const;
    QSize imageSize() const;
    double scale() const;

    void accept() override;

private:
    void onFormatChanged();
    void browse();

    QLineEdit* m_file;
    QComboBox* m_format;
    NumberBox* m_width;
    NumberBox* m_height;
    NumberBox* m_scale;
};

} // namespace activa::ui
