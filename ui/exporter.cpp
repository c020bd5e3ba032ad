// SPDX-License-Identifier: MIT
#include "exporter.hpp"

#include <activa/activations.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace activa::ui {
namespace {

constexpr int kMinSide = kMinExportSide;
constexpr int kMaxSide = kMaxExportSide;
constexpr double kMinScale = kMinExportScale;
constexpr double kMaxScale = kMaxExportScale;
// QPainter's raster engine draws wrongly beyond 32767 pixels, and a bigger picture would need
// gigabytes of memory; a 10000 x 10000 picture at scale 1 still fits.
constexpr qint64 kMaxRasterSide = 20000;
constexpr qint64 kMaxRasterPixels = 256LL * 1024 * 1024;
constexpr int kJpgQuality = 92;
// Vector pictures use the logical resolution of raster ones, so text has the same size
// relative to the plot in every format, and an SVG is `size` CSS pixels wide.
constexpr int kVectorDpi = 96;

QString display_name(const QString& file_name) {
    return QDir::toNativeSeparators(file_name);
}

QString cannot_save(const QString& file_name, const QString& reason) {
    return QCoreApplication::translate("activa::ui::Exporter", "Could not save “%1”: %2")
        .arg(display_name(file_name), reason);
}

void set_error(QString* error, const QString& message) {
    if (error != nullptr) *error = message;
}

// Reasons QSaveFile would word less clearly ("No such file or directory" for a missing folder).
bool check_target(const QString& file_name, QString* error) {
    if (file_name.isEmpty()) {
        set_error(error, QCoreApplication::translate("activa::ui::Exporter",
                                                     "Could not save: no file name was given"));
        return false;
    }
    const QFileInfo info(file_name);
    if (info.isDir()) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate("activa::ui::Exporter",
                                                                            "it is a folder")));
        return false;
    }
    // QSaveFile would put a regular file in place of a device or pipe, such as /dev/null.
    if (info.exists() && !info.isFile()) {
        set_error(error,
                  cannot_save(file_name, QCoreApplication::translate("activa::ui::Exporter",
                                                                     "it is not a regular file")));
        return false;
    }
    const QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        set_error(error, cannot_save(file_name,
                                     QCoreApplication::translate("activa::ui::Exporter",
                                                                 "the folder “%1” does not exist")
                                         .arg(display_name(dir.absolutePath()))));
        return false;
    }
    return true;
}

bool open_for_saving(QSaveFile& file, QString* error) {
    if (!check_target(file.fileName(), error)) return false;
    if (!file.open(QIODevice::WriteOnly)) {
        set_error(error, cannot_save(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

bool commit(QSaveFile& file, QString* error) {
    if (!file.commit()) {
        set_error(error, cannot_save(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

bool write_raster(const Painting& paint, const QString& file_name, ImageFormat format, QSize size,
                  double scale, QString* error) {
    const qint64 width = qRound64(size.width() * scale);
    const qint64 height = qRound64(size.height() * scale);
    if (width > kMaxRasterSide || height > kMaxRasterSide || width * height > kMaxRasterPixels) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate(
                                                    "activa::ui::Exporter",
                                                    "a picture of %1 × %2 pixels is too large to "
                                                    "render; choose a smaller size or scale")
                                                    .arg(width)
                                                    .arg(height)));
        return false;
    }
    // JPEG has no transparency, and the pictures are meant for white pages: white behind all.
    QImage image(static_cast<int>(width), static_cast<int>(height), QImage::Format_RGB32);
    if (image.isNull()) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate(
                                                    "activa::ui::Exporter",
                                                    "there was not enough memory to render a "
                                                    "picture of %1 × %2 pixels")
                                                    .arg(width)
                                                    .arg(height)));
        return false;
    }
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        painter.setMode(QCPPainter::pmNoCaching);
        if (scale > 1.0) painter.setMode(QCPPainter::pmNonCosmetic); // lines grow with the scale
        painter.scale(scale, scale);
        paint(&painter, size);
    }

    QSaveFile file(file_name);
    if (!open_for_saving(file, error)) return false;
    QImageWriter writer(&file, format == ImageFormat::Jpg ? QByteArrayLiteral("jpg")
                                                          : QByteArrayLiteral("png"));
    if (format == ImageFormat::Jpg) writer.setQuality(kJpgQuality);
    if (!writer.write(image)) {
        set_error(error, cannot_save(file_name, writer.errorString()));
        return false;
    }
    return commit(file, error);
}

// Settings shared by PDF and SVG: exact coordinates, no label cache, and zero-width (cosmetic)
// pens widened to one unit so lines scale with the rest of the picture when zoomed.
void prepare_vector_painter(QCPPainter& painter) {
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
}

QString document_title(const QString& file_name) {
    return QFileInfo(file_name).completeBaseName();
}

bool write_pdf(const Painting& paint, const QString& file_name, QSize size, QString* error) {
    QSaveFile file(file_name);
    if (!open_for_saving(file, error)) return false;
    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("Activa " ACTIVA_VERSION));
    writer.setTitle(document_title(file_name));
    writer.setResolution(kVectorDpi);
    // One page exactly the size of the picture, at kVectorDpi: `size` pixels in points.
    const QSizeF points(size.width() * 72.0 / kVectorDpi, size.height() * 72.0 / kVectorDpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point, QMarginsF(0, 0, 0, 0)));
    QCPPainter painter;
    if (!painter.begin(&writer)) {
        set_error(error, cannot_save(file_name,
                                     QCoreApplication::translate("activa::ui::Exporter",
                                                                 "the PDF could not be started")));
        return false;
    }
    prepare_vector_painter(painter);
    // The page may be a device pixel off after rounding; map the plot onto all of it.
    painter.setWindow(0, 0, size.width(), size.height());
    paint(&painter, size);
    if (!painter.end()) {
        set_error(error, cannot_save(file_name,
                                     QCoreApplication::translate("activa::ui::Exporter",
                                                                 "the PDF could not be finished")));
        return false;
    }
    return commit(file, error);
}

bool write_svg(const Painting& paint, const QString& file_name, QSize size, QString* error) {
    QSaveFile file(file_name);
    if (!open_for_saving(file, error)) return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(kVectorDpi);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(document_title(file_name));
    generator.setDescription(
        QCoreApplication::translate("activa::ui::Exporter", "Drawn with Activa %1")
            .arg(QStringLiteral(ACTIVA_VERSION)));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        set_error(error, cannot_save(file_name,
                                     QCoreApplication::translate("activa::ui::Exporter",
                                                                 "the SVG could not be started")));
        return false;
    }
    prepare_vector_painter(painter);
    paint(&painter, size);
    painter.end();
    // Write errors of the generator's stream land on the file; commit() reports them.
    return commit(file, error);
}

void append_text(QByteArray& out, std::string_view text) {
    out.append(text.data(), static_cast<qsizetype>(text.size()));
}

void append_number(QByteArray& out, double v) {
    append_text(out, format_number(v));
}

// RFC 4180: a field with a separator, quote or line break is quoted, its quotes doubled.
void append_csv_field(QByteArray& out, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    const bool needs_quotes =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!needs_quotes) {
        out.append(utf8);
        return;
    }
    QByteArray escaped = utf8;
    escaped.replace("\"", "\"\"");
    out.append('"').append(escaped).append('"');
}

} // namespace

bool image_format_for(const QString& file_name, ImageFormat* format) {
    const QString suffix = QFileInfo(file_name).suffix().toLower();
    ImageFormat f{};
    if (suffix == QLatin1String("png")) {
        f = ImageFormat::Png;
    } else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")) {
        f = ImageFormat::Jpg;
    } else if (suffix == QLatin1String("pdf")) {
        f = ImageFormat::Pdf;
    } else if (suffix == QLatin1String("svg")) {
        f = ImageFormat::Svg;
    } else {
        return false;
    }
    if (format != nullptr) *format = f;
    return true;
}

void paint_plot(QCustomPlot* plot, QCPPainter* painter, QSize size) {
    plot->toPainter(painter, size.width(), size.height());
}

bool export_plot(QCustomPlot* plot, const QString& file_name, ImageFormat format, QSize size,
                 double scale, QString* error) {
    if (plot == nullptr) {
        set_error(error, cannot_save(file_name,
                                     QCoreApplication::translate("activa::ui::Exporter",
                                                                 "there is no plot to export")));
        return false;
    }
    const bool ok =
        export_picture([plot](QCPPainter* painter, QSize s) { paint_plot(plot, painter, s); },
                       file_name, format, size, scale, error);
    // Rendering laid the plot out for the export size; a plot in the window must be laid out
    // for its own size again before the user next clicks on it.
    plot->replot(QCustomPlot::rpQueuedReplot);
    return ok;
}

bool export_picture(const Painting& paint, const QString& file_name, ImageFormat format, QSize size,
                    double scale, QString* error) {
    if (size.width() < kMinSide || size.width() > kMaxSide || size.height() < kMinSide ||
        size.height() > kMaxSide) {
        set_error(
            error,
            cannot_save(file_name, QCoreApplication::translate(
                                       "activa::ui::Exporter",
                                       "the size must be %1 to %2 pixels on each side, not %3 × %4")
                                       .arg(kMinSide)
                                       .arg(kMaxSide)
                                       .arg(size.width())
                                       .arg(size.height())));
        return false;
    }
    if (!(scale >= kMinScale && scale <= kMaxScale)) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate(
                                                    "activa::ui::Exporter",
                                                    "the scale must be between %1 and %2, not %3")
                                                    .arg(kMinScale)
                                                    .arg(kMaxScale)
                                                    .arg(scale)));
        return false;
    }

    switch (format) {
    case ImageFormat::Png:
    case ImageFormat::Jpg:
        return write_raster(paint, file_name, format, size, scale, error);
    case ImageFormat::Pdf:
        return write_pdf(paint, file_name, size, error);
    case ImageFormat::Svg:
        return write_svg(paint, file_name, size, error);
    }
    return false;
}

QByteArray curves_csv(const CurvesState& state) {
    QByteArray out("x");
    // Column names must stay unique when one function is shown twice with other parameters.
    std::map<ActivationId, int> seen;
    for (const CurveSpec& curve : state.curves) {
        std::string name(info(curve.id).key);
        const int occurrence = ++seen[curve.id];
        if (occurrence > 1) name += '_' + std::to_string(occurrence);
        out.append(',');
        append_text(out, name);
        if (state.show_derivative) {
            out.append(',');
            append_text(out, name);
            out.append("_derivative");
        }
    }
    out.append('\n');
    // linspace needs two points and finite ends; the window and the command never give less.
    if (state.points < kMinPoints || !std::isfinite(state.xmin) || !std::isfinite(state.xmax))
        return out;

    const auto count = static_cast<std::size_t>(state.points);
    std::vector<Curve> data;
    data.reserve(state.curves.size());
    for (const CurveSpec& curve : state.curves)
        data.push_back(evaluate_range(curve.id, curve.params, state.xmin, state.xmax, count));
    std::vector<double> xs(count);
    linspace(state.xmin, state.xmax, xs);

    const std::size_t columns = 1 + state.curves.size() * (state.show_derivative ? 2 : 1);
    out.reserve(out.size() + static_cast<qsizetype>(count * columns * 12));
    for (std::size_t i = 0; i < count; ++i) {
        append_number(out, xs[i]);
        for (const Curve& curve : data) {
            out.append(',');
            append_number(out, curve.value[i]);
            if (state.show_derivative) {
                out.append(',');
                append_number(out, curve.derivative[i]);
            }
        }
        out.append('\n');
    }
    return out;
}

QByteArray softmax_csv(const SoftmaxState& state) {
    QByteArray out("index,class,logit,probability,sigmoid\n");
    // softmax() takes finite logits and a finite temperature > 0 only.
    if (state.logits.empty() || !std::isfinite(state.temperature) || !(state.temperature > 0.0))
        return out;
    for (const double logit : state.logits)
        if (!std::isfinite(logit)) return out;

    const std::vector<double> probabilities = softmax(state.logits, state.temperature);
    const std::vector<double> sigmoids = sigmoid_each(state.logits);
    for (std::size_t i = 0; i < state.logits.size(); ++i) {
        out.append(QByteArray::number(static_cast<qulonglong>(i))).append(',');
        append_csv_field(out, state.classes.value(static_cast<qsizetype>(i)));
        out.append(',');
        append_number(out, state.logits[i]);
        out.append(',');
        append_number(out, probabilities[i]);
        out.append(',');
        append_number(out, sigmoids[i]);
        out.append('\n');
    }
    return out;
}

QByteArray recipe_csv(const std::optional<Recipe>& recipe) {
    QByteArray out("key,value,reason\n");
    if (!recipe) return out;
    for (const RecipeLine& line : recipe->lines) {
        append_text(out, line.key);
        out.append(',');
        append_csv_field(out, QString::fromStdString(line.value));
        out.append(',');
        append_csv_field(out,
                         QCoreApplication::translate("core", std::string(line.reason).c_str()));
        out.append('\n');
    }
    return out;
}

bool write_file_atomically(const QString& file_name, const QByteArray& data, QString* error) {
    QSaveFile file(file_name);
    if (!open_for_saving(file, error)) return false;
    if (file.write(data) != data.size()) {
        set_error(error, cannot_save(file_name, file.errorString()));
        return false;
    }
    return commit(file, error);
}

} // namespace activa::ui
