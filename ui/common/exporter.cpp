// SPDX-License-Identifier: MIT
#include "exporter.hpp"

#include "picture.hpp"
#include "plotstyle.hpp"
#include "png.hpp"

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
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cerrno>
#include <climits>
#include <cstring>
#include <functional>
#include <string_view>
#include <utility>

#include <unistd.h>

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
// Each format's extensions, the one a file is given first.
constexpr std::pair<ImageFormat, const char*> kSuffixes[] = {{ImageFormat::Png, "png"},
                                                             {ImageFormat::Jpg, "jpg"},
                                                             {ImageFormat::Jpg, "jpeg"},
                                                             {ImageFormat::Pdf, "pdf"},
                                                             {ImageFormat::Svg, "svg"}};
// Vector pictures use the logical resolution of raster ones, so text has the same size
// relative to the plot in every format, and an SVG is `size` CSS pixels wide.
constexpr int kVectorDpi = 96;

// A name as messages show it: its middle left out when it is long, so that the reason after it
// is always read.
QString display_name(const QString& file_name) {
    constexpr qsizetype kHead = 40;
    constexpr qsizetype kTail = 40;
    const QString name = QDir::toNativeSeparators(file_name);
    if (name.size() <= kHead + kTail + 1) return name;
    return name.left(kHead) + QStringLiteral("…") + name.right(kTail);
}

void set_error(QString* error, const QString& message) {
    if (error != nullptr) *error = message;
}

// Says in *error why file_name could not be saved; false, for the caller to return.
bool cannot_save(const QString& file_name, const QString& reason, QString* error) {
    set_error(error, QCoreApplication::translate("activa::ui::Exporter", "Could not save “%1”: %2")
                         .arg(display_name(file_name), reason));
    return false;
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
    if (info.isDir())
        return cannot_save(file_name,
                           QCoreApplication::translate("activa::ui::Exporter", "it is a folder"),
                           error);
    // QSaveFile would put a regular file in place of a device or pipe, such as /dev/null.
    if (info.exists() && !info.isFile())
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter", "it is not a regular file"), error);
    const QDir dir = info.absoluteDir();
    // QSaveFile writes beside the file first, under its name and ".XXXXXX": that name too must
    // fit the file system, or the picture is drawn for nothing.
    const QByteArray name = QFile::encodeName(info.fileName());
    const long name_max = pathconf(QFile::encodeName(dir.absolutePath()).constData(), _PC_NAME_MAX);
    const qsizetype longest = (name_max > 0 ? name_max : NAME_MAX) - 7;
    if (name.size() > longest || QFile::encodeName(info.absoluteFilePath()).size() + 7 >= PATH_MAX)
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter",
                                        "the name is longer than the file system allows"),
            error);
    if (!dir.exists())
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter", "the folder “%1” does not exist")
                .arg(display_name(dir.absolutePath())),
            error);
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter", "the folder “%1” is not writable")
                .arg(display_name(dir.absolutePath())),
            error);
    if (info.exists() && !info.isWritable())
        return cannot_save(file_name,
                           QCoreApplication::translate("activa::ui::Exporter", "it is read-only"),
                           error);
    return true;
}

namespace {

// Paints a picture of `size` logical pixels at the painter's origin.
using Painting = std::function<void(QCPPainter* painter, QSize size)>;

// Stands between a writer and its device and remembers the first failed write: QSvgGenerator
// and QPdfWriter write through streams that drop errors, so a full disk would otherwise go
// unnoticed.
class CheckedDevice : public QIODevice {
public:
    explicit CheckedDevice(QIODevice& target)
        : m_target(target) {}
    bool failed() const { return m_failed; }
    qint64 written() const { return m_written; }
    // Why the first write failed, in the system's words ("No space left on device").
    QString reason() const { return m_reason; }
    void fail(const QString& reason) {
        if (m_failed) return;
        m_failed = true;
        m_reason = reason;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override {
        if (m_failed) return -1;
        errno = 0;
        const qint64 n = m_target.write(data, len);
        if (n != len) {
            fail(system_reason(m_target));
            return -1;
        }
        m_written += n;
        return n;
    }

private:
    static QString system_reason(const QIODevice& device) {
        if (errno != 0) return QString::fromLocal8Bit(std::strerror(errno));
        return device.errorString();
    }

    QIODevice& m_target;
    bool m_failed = false;
    qint64 m_written = 0;
    QString m_reason;

    friend class SafeSave;
};

// A file written beside its target and renamed over it only once every byte is on disk: a
// failed export leaves an existing file as it was.
class SafeSave {
public:
    explicit SafeSave(const QString& file_name)
        : m_file(file_name)
        , m_checked(m_file) {}
    bool open(QString* error) {
        if (!check_target(m_file.fileName(), error)) return false;
        if (!m_file.open(QIODevice::WriteOnly))
            return cannot_save(m_file.fileName(), m_file.errorString(), error);
        m_checked.open(QIODevice::WriteOnly);
        return true;
    }
    QIODevice* device() { return &m_checked; }
    bool commit(QString* error) {
        // The file buffers: its last bytes reach the disk only now, and must all arrive.
        errno = 0;
        if (!m_checked.failed() && (!m_file.flush() || m_file.size() != m_checked.written()))
            m_checked.fail(CheckedDevice::system_reason(m_file));
        if (m_checked.failed()) {
            m_file.cancelWriting();
            return cannot_save(m_file.fileName(), m_checked.reason(), error);
        }
        if (!m_file.commit()) return cannot_save(m_file.fileName(), m_file.errorString(), error);
        return true;
    }
    // A writer's own failure, worded by the system when a write failed underneath it.
    void failed(const QString& writer_reason, QString* error) {
        cannot_save(m_file.fileName(), m_checked.failed() ? m_checked.reason() : writer_reason,
                    error);
    }

private:
    QSaveFile m_file;
    CheckedDevice m_checked;
};

bool write_raster(const Painting& paint, const QString& file_name, ImageFormat format, QSize size,
                  double scale, QString* error) {
    const qint64 width = qRound64(size.width() * scale);
    const qint64 height = qRound64(size.height() * scale);
    if (width > kMaxRasterSide || height > kMaxRasterSide || width * height > kMaxRasterPixels)
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter",
                                        "a picture of %1 × %2 pixels is too large to "
                                        "render; choose a smaller size or scale")
                .arg(width)
                .arg(height),
            error);
    // JPEG has no transparency, and the pictures are meant for white pages: white behind all.
    QImage image(static_cast<int>(width), static_cast<int>(height), QImage::Format_RGB32);
    if (image.isNull())
        return cannot_save(file_name,
                           QCoreApplication::translate("activa::ui::Exporter",
                                                       "there was not enough memory to render a "
                                                       "picture of %1 × %2 pixels")
                               .arg(width)
                               .arg(height),
                           error);
    image.fill(Qt::white);
    {
        QCPPainter painter(&image);
        painter.setMode(QCPPainter::pmNoCaching);
        if (scale > 1.0) painter.setMode(QCPPainter::pmNonCosmetic); // lines grow with the scale
        painter.scale(scale, scale);
        paint(&painter, size);
    }

    SafeSave file(file_name);
    if (!file.open(error)) return false;
    if (format == ImageFormat::Png) {
        if (!write_png(image, file.device())) {
            file.failed(file.device()->errorString(), error);
            return false;
        }
        return file.commit(error);
    }
    QImageWriter writer(file.device(), QByteArrayLiteral("jpg"));
    writer.setQuality(kJpgQuality);
    if (!writer.write(image)) {
        file.failed(writer.errorString(), error);
        return false;
    }
    return file.commit(error);
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
    if (!painter.begin(device))
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter", "the %1 could not be started")
                .arg(format),
            error);
    prepare_vector_painter(painter);
    // The page may be a device pixel off after rounding; map the picture onto all of it.
    painter.setWindow(0, 0, size.width(), size.height());
    paint(&painter, size);
    if (!painter.end())
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter", "the %1 could not be finished")
                .arg(format),
            error);
    return true;
}

QString document_title(const QString& file_name) {
    return QFileInfo(file_name).completeBaseName();
}

bool write_pdf(const Painting& paint, const QString& file_name, QSize size, QString* error) {
    SafeSave file(file_name);
    if (!file.open(error)) return false;
    QPdfWriter writer(file.device());
    writer.setCreator(QStringLiteral("Activa " ACTIVA_VERSION));
    writer.setTitle(document_title(file_name));
    writer.setResolution(kVectorDpi);
    // One page exactly the size of the picture, at kVectorDpi: `size` pixels in points.
    const QSizeF points(size.width() * 72.0 / kVectorDpi, size.height() * 72.0 / kVectorDpi);
    writer.setPageLayout(QPageLayout(
        QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point, QMarginsF(0, 0, 0, 0)));
    if (!paint_vector(&writer, paint, size, QStringLiteral("PDF"), file_name, error)) return false;
    return file.commit(error);
}

bool write_svg(const Painting& paint, const QString& file_name, QSize size, QString* error) {
    SafeSave file(file_name);
    if (!file.open(error)) return false;
    QSvgGenerator generator;
    generator.setOutputDevice(file.device());
    generator.setResolution(kVectorDpi);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // QSvgGenerator writes the title and description into the XML as they are: "R&D.svg"
    // would make a file no SVG reader accepts.
    generator.setTitle(document_title(file_name).toHtmlEscaped());
    generator.setDescription(
        QCoreApplication::translate("activa::ui::Exporter", "Drawn with Activa %1")
            .arg(QStringLiteral(ACTIVA_VERSION))
            .toHtmlEscaped());
    if (!paint_vector(&generator, paint, size, QStringLiteral("SVG"), file_name, error))
        return false;
    return file.commit(error);
}

// A device behind the core's writer: a short write is an error, reported at once.
class DeviceSink : public OutputSink {
public:
    explicit DeviceSink(QIODevice& device)
        : m_device(device) {}
    bool write(std::string_view bytes) override {
        const auto n = static_cast<qint64>(bytes.size());
        return m_device.write(bytes.data(), n) == n;
    }

private:
    QIODevice& m_device;
};

} // namespace

bool image_format_for(const QString& file_name, ImageFormat* format) {
    const QString suffix = QFileInfo(file_name).suffix().toLower();
    for (const auto& [f, s] : kSuffixes) {
        if (suffix != QLatin1String(s)) continue;
        if (format != nullptr) *format = f;
        return true;
    }
    return false;
}

QString image_format_suffix(ImageFormat format) {
    for (const auto& [f, s] : kSuffixes)
        if (f == format) return QString::fromLatin1(s);
    return {};
}

void paint_plot(QCustomPlot* plot, QCPPainter* painter, QSize size) {
    apply_plot_style(plot, picture_style());
    plot->toPainter(painter, size.width(), size.height());
    apply_plot_style(plot, screen_style());
}

bool print_picture(Picture& picture, QPrinter* printer) {
    // The picture is laid out at its size on screen and at the resolution of the PDF export, so
    // that fonts in points keep their size relative to the plot; only then is it scaled to the
    // page. At the printer's own resolution the fonts would be laid out many times too large.
    const QSize size = picture.pictureSize();
    if (size.isEmpty()) return false;
    printer->setResolution(kVectorDpi);
    QCPPainter painter;
    if (!painter.begin(printer)) return false;
    prepare_vector_painter(painter);
    const QSizeF page = printer->pageLayout().paintRectPixels(kVectorDpi).size();
    const double scale = std::min(page.width() / size.width(), page.height() / size.height());
    const QSize fitted(qRound(size.width() * scale), qRound(size.height() * scale));
    // Centred across the page, at its top, as a figure is.
    painter.setViewport(QRect(QPoint(qRound((page.width() - fitted.width()) / 2.0), 0), fitted));
    painter.setWindow(QRect(QPoint(0, 0), size));
    picture.paintPicture(&painter, size, true);
    return painter.end();
}

bool export_image(Picture& picture, const QString& file_name, ImageFormat format, QSize size,
                  double scale, QString* error) {
    if (size.width() < kMinSide || size.width() > kMaxSide || size.height() < kMinSide ||
        size.height() > kMaxSide)
        return cannot_save(file_name,
                           QCoreApplication::translate(
                               "activa::ui::Exporter",
                               "the size must be %1 to %2 pixels on each side, not %3 × %4")
                               .arg(kMinSide)
                               .arg(kMaxSide)
                               .arg(size.width())
                               .arg(size.height()),
                           error);
    if (!(scale >= kMinScale && scale <= kMaxScale))
        return cannot_save(
            file_name,
            QCoreApplication::translate("activa::ui::Exporter",
                                        "the scale must be between %1 and %2, not %3")
                .arg(kMinScale)
                .arg(kMaxScale)
                .arg(scale),
            error);

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
    SafeSave file(file_name);
    if (!file.open(error)) return false;
    DeviceSink sink(*file.device());
    TextWriter out(sink);
    picture.writeData(out);
    out.finish(); // a failed write is remembered by the file and reported by commit()
    return file.commit(error);
}

} // namespace activa::ui
