// SPDX-License-Identifier: MIT
#pragma once

#include "curvestate.hpp"
#include "softmaxstate.hpp"

#include <activa/flowchart.hpp>

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QCustomPlot;
class QCPPainter;

namespace activa::ui {

enum class ImageFormat { Png, Jpg, Pdf, Svg };

// Sizes an export accepts, in logical pixels per side, and scales (pixels per logical pixel).
inline constexpr int kMinExportSide = 16;
inline constexpr int kMaxExportSide = 10000;
inline constexpr double kMinExportScale = 0.5;
inline constexpr double kMaxExportScale = 4.0;

// The format for a file name's extension (case-insensitive); false when not an image format.
bool image_format_for(const QString& file_name, ImageFormat* format);

// Paints a picture of `size` logical pixels at the painter's origin.
using Painting = std::function<void(QCPPainter* painter, QSize size)>;

// Renders any picture at size (logical pixels) times scale into file_name, atomically: on
// failure the file is untouched and *error (translated) says why.
bool export_picture(const Painting& paint, const QString& file_name, ImageFormat format, QSize size,
                    double scale, QString* error);
// The plot's picture laid out for `size`, as exports draw it.
void paint_plot(QCustomPlot* plot, QCPPainter* painter, QSize size);

// Renders plot at size (logical pixels) times scale into file_name, atomically: on failure the
// file is untouched and *error (translated) says why.
bool export_plot(QCustomPlot* plot, const QString& file_name, ImageFormat format, QSize size,
                 double scale, QString* error);

// CSV of what is plotted: x,<id>,<id>_derivative,... (derivative columns only when shown),
// numbers in shortest round-trip form with '.'.
QByteArray curves_csv(const CurvesState& state);
// index,class,logit,probability,sigmoid
QByteArray softmax_csv(const SoftmaxState& state);
// key,value,reason of a recipe (the reasons in the current language); just the header without.
QByteArray recipe_csv(const std::optional<Recipe>& recipe);

// Writes data atomically; on failure the file is untouched and *error says why.
bool write_file_atomically(const QString& file_name, const QByteArray& data, QString* error);

} // namespace activa::ui
