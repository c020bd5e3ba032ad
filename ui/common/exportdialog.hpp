// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.hpp"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace activa::ui {

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
    QSpinBox* m_width;
    QSpinBox* m_height;
    QDoubleSpinBox* m_scale;
};

} // namespace activa::ui
