// SPDX-License-Identifier: MIT
#include "exporter.hpp"

#include "picture.hpp"

#include <activa/csv.hpp>
#include <activa/version.hpp>

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

#include <functional>
#include <string_view>

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

} // namespace

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
    if (!QFileInfo(dir.absolutePath()).isWritable()) {
        set_error(error, cannot_save(file_name,
                                     QCoreApplication::translate("activa::ui::Exporter",
                                                                 "the folder “%1” is not writable")
                                         .arg(display_name(dir.absolutePath()))));
        return false;
    }
    if (info.exists() && !info.isWritable()) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate("activa::ui::Exporter",
                                                                            "it is read-only")));
        return false;
    }
    return true;
}

namespace {

// Paints a picture of `size` logical pixels at the painter's origin.
using Painting = std::function<void(QCPPainter* painter, QSize size)>;

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

// Paints onto a PDF or SVG device, exact coordinates mapped onto the whole page.
bool paint_vector(QPaintDevice* device, const Painting& paint, QSize size, const QString& format,
                  const QString& file_name, QString* error) {
    QCPPainter painter;
    if (!painter.begin(device)) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate(
                                                    "activa::ui::Exporter",
                                                    "the %1 could not be started")
                                                    .arg(format)));
        return false;
    }
    prepare_vector_painter(painter);
    // The page may be a device pixel off after rounding; map the picture onto all of it.
    painter.setWindow(0, 0, size.width(), size.height());
    paint(&painter, size);
    if (!painter.end()) {
        set_error(error, cannot_save(file_name, QCoreApplication::translate(
                                                    "activa::ui::Exporter",
                                                    "the %1 could not be finished")
                                                    .arg(format)));
        return false;
    }
    return true;
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
    if (!paint_vector(&writer, paint, size, QStringLiteral("PDF"), file_name, error)) return false;
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
    if (!paint_vector(&generator, paint, size, QStringLiteral("SVG"), file_name, error))
        return false;
    // Write errors of the generator's stream land on the file; commit() reports them.
    return commit(file, error);
}

// QSaveFile behind the core's writer: a short write is an error, reported at once.
class SaveFileSink : public OutputSink {
public:
    explicit SaveFileSink(QSaveFile& file)
        : m_file(file) {}
    bool write(std::string_view bytes) override {
        const auto n = static_cast<qint64>(bytes.size());
        return m_file.write(bytes.data(), n) == n;
    }

private:
    QSaveFile& m_file;
};

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

bool export_image(Picture& picture, const QString& file_name, ImageFormat format, QSize size,
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

    const Painting paint =
        [&picture, vector = format == ImageFormat::Pdf || format == ImageFormat::Svg](
            QCPPainter* painter, QSize s) { picture.paintPicture(painter, s, vector); };
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

bool export_data(const Picture& picture, const QString& file_name, QString* error) {
    QSaveFile file(file_name);
    if (!open_for_saving(file, error)) return false;
    SaveFileSink sink(file);
    TextWriter out(sink);
    picture.writeData(out);
    if (!out.finish()) {
        set_error(error, cannot_save(file_name, file.errorString()));
        return false;
    }
    return commit(file, error);
}

} // namespace activa::ui
