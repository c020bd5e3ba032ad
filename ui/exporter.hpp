// SPDX-License-Identifier: MIT
#pragma once

#include "curvestate.hpp"
#include "softmaxstate.hpp"

#include <QByteArray>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace activa::ui {

enum class ImageFormat { Png, Jpg, Pdf, Svg };

// The format for a file name's extension (case-insensitive); false when not an image format.
bool image_format_for(const QString& file_name, ImageFormat* format);

// Renders plot at size (logical pixels) times scale into file_name, atomically: on failure the
// file is untouched and *error (translated) says why.
bool export_plot(QCustomPlot* plot, const QString& file_name, ImageFormat format, QSize size,
                 double scale, QString* error);

// CSV of what is plotted: x,<id>,<id>_derivative,... (derivative columns only when shown),
// numbers in shortest round-trip form with '.'.
QByteArray curves_csv(const CurvesState& state);
// index,class,logit,probability,sigmoid
QByteArray softmax_csv(const SoftmaxState& state);

// Writes data atomically; on failure the file is untouched and *error says why.
bool write_file_atomically(const QString& file_name, const QByteArray& data, QString* error);

} // namespace activa::ui
