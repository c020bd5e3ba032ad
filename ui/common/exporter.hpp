// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

class QCustomPlot;
class QCPPainter;
class QPrinter;

namespace activa::ui {

enum class ImageFormat { Png, Jpg, Pdf, Svg };

// Sizes an export accepts, in logical pixels per side, and scales (pixels per logical pixel).
inline constexpr int kMinExportSide = 16;
inline constexpr int kMaxExportSide = 10000;
inline constexpr double kMinExportScale = 0.5;
inline constexpr double kMaxExportScale = 4.0;

// The format for a file name's extension (case-insensitive); false when not an image format.
bool image_format_for(const QString& file_name, ImageFormat* format);
// The extension a file of the format is given: png, jpg, pdf or svg.
QString image_format_suffix(ImageFormat format);

class Picture;

// Whether file_name can be written: not empty, not a folder, not a device or pipe, in a folder
// that exists and is writable, not a read-only file. *error (translated) says why not. Every
// export checks this first; the command line checks it before it draws anything.
bool check_target(const QString& file_name, QString* error);

// Renders the picture at size (logical pixels) times scale into file_name, atomically: on
// failure, a failed write included, the file is untouched and *error (translated) says why.
bool export_image(Picture& picture, const QString& file_name, ImageFormat format, QSize size,
                  double scale, QString* error);
// Writes the picture's CSV into file_name the same way, row by row in bounded memory.
bool export_data(const Picture& picture, const QString& file_name, QString* error);

// Prints the picture as its PDF export at its size on screen would be, scaled to fit the page:
// texts, lines and legends keep their size relative to the plot. False when the printer could
// not be started or finished.
bool print_picture(Picture& picture, QPrinter* printer);

// The plot's picture laid out for `size`, as exports draw it, in the look of pictures whatever
// the window shows (see picture_style). A plot shown in a window must be laid out for its own
// size again afterwards (replot).
void paint_plot(QCustomPlot* plot, QCPPainter* painter, QSize size);

} // namespace activa::ui
