// SPDX-License-Identifier: MIT
#include "common/exporter.hpp"
#include "common/picture.hpp"
#include "files.hpp"
#include <activa/curves.hpp>

#include <activa/csv.hpp>
#include <activa/softmax.hpp>

#include <activa/activations.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <sys/stat.h>

using activa::ActivationId;
using activa::CurvesState;
using activa::SoftmaxState;
using activa::ui::ImageFormat;

using activa::ui::test::read_all;
using activa::ui::test::write_all;

namespace {

// A plain plot, or plain bytes, behind the picture interface, so these tests exercise the
// exporter alone.
class TestPicture : public activa::ui::Picture {
public:
    explicit TestPicture(QCustomPlot* plot, QByteArray data = {})
        : m_plot(plot)
        , m_data(std::move(data)) {}
    void paintPicture(QCPPainter* painter, QSize size, bool) override {
        activa::ui::paint_plot(m_plot, painter, size);
    }
    QSize pictureSize() const override { return m_plot->size(); }
    void writeData(activa::TextWriter& out) const override { out.text(m_data.toStdString()); }
    QString fileStem() const override { return QStringLiteral("test"); }
    void preparePicture(QSize) override {}

private:
    QCustomPlot* m_plot;
    QByteArray m_data;
};

bool export_plot(QCustomPlot* plot, const QString& file, ImageFormat format, QSize size,
                 double scale, QString* error) {
    TestPicture picture(plot);
    return activa::ui::export_image(picture, file, format, size, scale, error);
}

bool write_file_atomically(const QString& file, const QByteArray& data, QString* error) {
    TestPicture picture(nullptr, data);
    return activa::ui::export_data(picture, file, error);
}

// A plot drawn here rather than by CurvePlotter, so these tests only exercise the exporter.
std::unique_ptr<QCustomPlot> sine_plot() {
    auto plot = std::make_unique<QCustomPlot>();
    QVector<double> x;
    QVector<double> y;
    for (int i = 0; i <= 200; ++i) {
        x.push_back(i / 20.0);
        y.push_back(std::sin(i / 20.0));
    }
    QCPGraph* graph = plot->addGraph();
    graph->setData(x, y);
    graph->setPen(QPen(QColor(0, 114, 178), 2));
    plot->xAxis->setRange(0, 10);
    plot->yAxis->setRange(-1.2, 1.2);
    plot->xAxis->setLabel(QStringLiteral("x"));
    plot->yAxis->setLabel(QStringLiteral("sin(x)"));
    return plot;
}

// The sine plot exported to the file.
void export_sine(const QString& file, ImageFormat format, QSize size, double scale) {
    const auto plot = sine_plot();
    QString error;
    ASSERT_TRUE(export_plot(plot.get(), file, format, size, scale, &error)) << error.toStdString();
}

int distinct_colours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y));
    return static_cast<int>(colours.size());
}

struct RasterCase {
    const char* name;
    ImageFormat format;
    const char* extension;
    QSize size;
    double scale;
};

class RasterExport : public testing::TestWithParam<RasterCase> {};

TEST_P(RasterExport, HasSizeTimesScaleAndIsNotBlank) {
    const RasterCase& c = GetParam();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("plot.") + QLatin1String(c.extension));
    ASSERT_NO_FATAL_FAILURE(export_sine(file, c.format, c.size, c.scale));
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), qRound(c.size.width() * c.scale));
    EXPECT_EQ(image.height(), qRound(c.size.height() * c.scale));
    EXPECT_GT(distinct_colours(image), 1);
    // No temporary file is left beside the result.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("plot.") + QLatin1String(c.extension)});
}

INSTANTIATE_TEST_SUITE_P(
    Exporter, RasterExport,
    testing::Values(RasterCase{"Png320x200", ImageFormat::Png, "png", {320, 200}, 1.0},
                    RasterCase{"PngHiDpi", ImageFormat::Png, "png", {320, 200}, 2.0},
                    RasterCase{"PngScale1_5", ImageFormat::Png, "png", {301, 167}, 1.5},
                    RasterCase{"PngSmallest", ImageFormat::Png, "png", {16, 16}, 0.5},
                    RasterCase{"Jpg320x200", ImageFormat::Jpg, "jpg", {320, 200}, 1.0},
                    RasterCase{"JpgHiDpi", ImageFormat::Jpg, "jpeg", {400, 300}, 2.0}),
    [](const testing::TestParamInfo<RasterCase>& info) { return std::string(info.param.name); });

TEST(Exporter, JpgPutsWhiteBehindATransparentBackground) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plot.jpg"));
    const auto plot = sine_plot();
    plot->setBackground(Qt::NoBrush);
    QString error;
    ASSERT_TRUE(export_plot(plot.get(), file, ImageFormat::Jpg, {200, 100}, 1.0, &error));
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    const QColor corner = image.pixelColor(0, 0);
    EXPECT_GT(corner.red(), 245);
    EXPECT_GT(corner.green(), 245);
    EXPECT_GT(corner.blue(), 245);
}

TEST(Exporter, PdfIsOnePageOfTheAskedAspect) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plot.pdf"));
    ASSERT_NO_FATAL_FAILURE(export_sine(file, ImageFormat::Pdf, {640, 360}, 1.0));
    const QByteArray pdf = read_all(file);
    EXPECT_TRUE(pdf.startsWith("%PDF")) << pdf.left(16).toStdString();
    EXPECT_GT(pdf.size(), 2000);
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    // 640 x 360 pixels at 96 per inch: 480 x 270 points.
    const QRegularExpression media(QStringLiteral(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])"));
    const auto match = media.match(QString::fromLatin1(pdf));
    ASSERT_TRUE(match.hasMatch());
    EXPECT_NEAR(match.captured(1).toDouble(), 480.0, 0.01);
    EXPECT_NEAR(match.captured(2).toDouble(), 270.0, 0.01);
}

TEST(Exporter, SvgParsesWithTheAskedViewBoxAndSize) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plot.svg"));
    ASSERT_NO_FATAL_FAILURE(export_sine(file, ImageFormat::Svg, {640, 360}, 1.0));
    const QSvgRenderer renderer(file);
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBoxF(), QRectF(0, 0, 640, 360));
    // The document says 640 x 360 CSS pixels (96 per inch, as browsers read it); Qt's own
    // renderer reads millimetres at 90 per inch, so only the proportions are compared here.
    const QSize size = renderer.defaultSize();
    ASSERT_GT(size.height(), 0);
    EXPECT_NEAR(static_cast<double>(size.width()) / size.height(), 640.0 / 360.0, 0.01);
    const QString text = QString::fromUtf8(read_all(file));
    const QRegularExpression attrs(
        QStringLiteral(R"svg(<svg width="([0-9.]+)mm" height="([0-9.]+)mm")svg"));
    const auto match = attrs.match(text);
    ASSERT_TRUE(match.hasMatch()) << text.left(300).toStdString();
    EXPECT_NEAR(match.captured(1).toDouble(), 640 * 25.4 / 96, 0.01);
    EXPECT_NEAR(match.captured(2).toDouble(), 360 * 25.4 / 96, 0.01);
    // Something is drawn: the graph's polyline.
    EXPECT_TRUE(text.contains(QStringLiteral("<polyline")));
}

// The file name becomes the SVG's title: characters that XML reserves are escaped, so the file
// is well-formed whatever it is called.
TEST(Exporter, SvgOfAnyNameIsWellFormedXml) {
    QTemporaryDir dir;
    const QString title = QStringLiteral("R&D <results> \"1\" 'a'");
    const QString file = dir.filePath(title + QStringLiteral(".svg"));
    ASSERT_NO_FATAL_FAILURE(export_sine(file, ImageFormat::Svg, {320, 200}, 1.0));
    QXmlStreamReader xml(read_all(file));
    QString read_title;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"title")
            read_title = xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line "
                                 << xml.lineNumber();
    EXPECT_EQ(read_title, title);
}

TEST(Exporter, EveryFormatReplacesAnExistingFile) {
    QTemporaryDir dir;
    const auto plot = sine_plot();
    for (const auto& [format, name] :
         {std::pair{ImageFormat::Png, "a.png"}, std::pair{ImageFormat::Jpg, "a.jpg"},
          std::pair{ImageFormat::Pdf, "a.pdf"}, std::pair{ImageFormat::Svg, "a.svg"}}) {
        const QString file = dir.filePath(QString::fromLatin1(name));
        write_all(file, "old contents\n");
        QString error;
        EXPECT_TRUE(export_plot(plot.get(), file, format, {100, 80}, 1.0, &error))
            << name << ": " << error.toStdString();
        EXPECT_NE(read_all(file), QByteArray("old contents\n")) << name;
    }
}

// --- failures --------------------------------------------------------------------------------

class FailedExport : public testing::TestWithParam<ImageFormat> {};

TEST_P(FailedExport, IntoAMissingFolderSaysWhyAndWritesNothing) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing/plot.out"));
    const auto plot = sine_plot();
    QString error;
    EXPECT_FALSE(export_plot(plot.get(), file, GetParam(), {100, 80}, 1.0, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(file))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

TEST_P(FailedExport, OntoAFolderSaysWhyAndLeavesItAlone) {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("taken.png"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const auto plot = sine_plot();
    QString error;
    EXPECT_FALSE(export_plot(plot.get(), folder, GetParam(), {100, 80}, 1.0, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(folder))) << error.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList{QStringLiteral("taken.png")});
}

TEST_P(FailedExport, OntoAPipeLeavesItAPipe) {
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("pipe.out"));
    ASSERT_EQ(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const auto plot = sine_plot();
    QString error;
    EXPECT_FALSE(export_plot(plot.get(), pipe, GetParam(), {100, 80}, 1.0, &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(pipe))) << error.toStdString();
    struct stat st {};
    ASSERT_EQ(stat(QFile::encodeName(pipe).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST_P(FailedExport, OntoAReadOnlyFileLeavesItByteIdentical) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("locked.out"));
    const QByteArray before("precious\ncontents\n");
    write_all(file, before);
    ASSERT_TRUE(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup));
    if (QFileInfo(file).isWritable()) GTEST_SKIP() << "the file stays writable (running as root)";
    const auto plot = sine_plot();
    QString error;
    EXPECT_FALSE(export_plot(plot.get(), file, GetParam(), {100, 80}, 1.0, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(file))) << error.toStdString();
    EXPECT_EQ(read_all(file), before);
}

TEST_P(FailedExport, OutOfRangeSizeOrScaleLeavesAnExistingFileByteIdentical) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("kept.out"));
    const QByteArray before("precious\ncontents\n");
    write_all(file, before);
    const auto plot = sine_plot();
    struct Bad {
        QSize size;
        double scale;
    };
    for (const Bad& bad : {Bad{{15, 100}, 1.0}, Bad{{100, 15}, 1.0}, Bad{{10001, 100}, 1.0},
                           Bad{{100, 10001}, 1.0}, Bad{{100, 100}, 0.49}, Bad{{100, 100}, 4.01},
                           Bad{{100, 100}, std::nan("")}, Bad{{-100, 100}, 1.0}}) {
        QString error;
        EXPECT_FALSE(export_plot(plot.get(), file, GetParam(), bad.size, bad.scale, &error))
            << bad.size.width() << "x" << bad.size.height() << " at " << bad.scale;
        EXPECT_FALSE(error.isEmpty());
        EXPECT_EQ(read_all(file), before);
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("kept.out")});
}

INSTANTIATE_TEST_SUITE_P(Exporter, FailedExport,
                         testing::Values(ImageFormat::Png, ImageFormat::Jpg, ImageFormat::Pdf,
                                         ImageFormat::Svg),
                         [](const testing::TestParamInfo<ImageFormat>& info) {
                             return activa::ui::image_format_suffix(info.param).toStdString();
                         });

TEST(Exporter, PicturesTooLargeToRenderAreRefused) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("huge.png"));
    const auto plot = sine_plot();
    QString error;
    // Within the per-side limits, but 40000 x 40000 pixels once scaled.
    EXPECT_FALSE(export_plot(plot.get(), file, ImageFormat::Png, {10000, 10000}, 4.0, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(file));
}

// --- format from the name --------------------------------------------------------------------

TEST(ImageFormatFor, KnowsTheExtensionsInAnyCase) {
    const std::vector<std::pair<QString, ImageFormat>> known{
        {QStringLiteral("a.png"), ImageFormat::Png},
        {QStringLiteral("a.PNG"), ImageFormat::Png},
        {QStringLiteral("a.jpg"), ImageFormat::Jpg},
        {QStringLiteral("b/a.JPEG"), ImageFormat::Jpg},
        {QStringLiteral("a.jpeg"), ImageFormat::Jpg},
        {QStringLiteral("a.Pdf"), ImageFormat::Pdf},
        {QStringLiteral("x.y.svg"), ImageFormat::Svg}};
    for (const auto& [name, expected] : known) {
        ImageFormat f = ImageFormat::Png;
        EXPECT_TRUE(activa::ui::image_format_for(name, &f)) << name.toStdString();
        EXPECT_EQ(f, expected) << name.toStdString();
    }
    for (const QString& name :
         {QStringLiteral("a.csv"), QStringLiteral("a.bmp"), QStringLiteral("png"),
          QStringLiteral("a.png.txt"), QStringLiteral(""), QStringLiteral("a.")}) {
        ImageFormat f = ImageFormat::Svg;
        EXPECT_FALSE(activa::ui::image_format_for(name, &f)) << name.toStdString();
    }
}

TEST(ImageFormatSuffix, NamesAFileOfItsFormat) {
    for (const ImageFormat f :
         {ImageFormat::Png, ImageFormat::Jpg, ImageFormat::Pdf, ImageFormat::Svg}) {
        ImageFormat read = f == ImageFormat::Png ? ImageFormat::Svg : ImageFormat::Png;
        EXPECT_TRUE(activa::ui::image_format_for(
            QStringLiteral("a.") + activa::ui::image_format_suffix(f), &read));
        EXPECT_EQ(read, f);
    }
    EXPECT_EQ(activa::ui::image_format_suffix(ImageFormat::Jpg), QStringLiteral("jpg"));
}

// --- data ------------------------------------------------------------------------------------

TEST(WriteFileAtomically, WritesAndReplaces) {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("data.csv"));
    QString error;
    ASSERT_TRUE(write_file_atomically(file, "a,b\n1,2\n", &error));
    EXPECT_EQ(read_all(file), QByteArray("a,b\n1,2\n"));
    ASSERT_TRUE(write_file_atomically(file, "c\n", &error));
    EXPECT_EQ(read_all(file), QByteArray("c\n"));
}

TEST(WriteFileAtomically, FailsIntoAMissingFolderOrOntoAFolder) {
    QTemporaryDir dir;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("nope/data.csv"));
    EXPECT_FALSE(write_file_atomically(missing, "x\n", &error));
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(missing))) << error.toStdString();
    error.clear();
    EXPECT_FALSE(write_file_atomically(dir.path(), "x\n", &error));
    EXPECT_FALSE(error.isEmpty());
}

} // namespace

// The window's exports share the command line's path; a full disk fails them the same way.
TEST(FullDisk, ImageAndDataExportsFailAndKeepTheOldFile) {
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small"));
    ASSERT_TRUE(QDir().mkpath(small));
    const std::string mount =
        "mount -t tmpfs -o size=64k tmpfs '" + small.toStdString() + "' 2>/dev/null";
    if (std::system(mount.c_str()) != 0) GTEST_SKIP() << "cannot mount a small file system here";
    QCustomPlot plot;
    QVector<double> x(100000);
    QVector<double> y(100000);
    for (int i = 0; i < x.size(); ++i) {
        x[i] = i;
        y[i] = std::sin(i * 0.01);
    }
    plot.addGraph()->setData(x, y);
    plot.rescaleAxes();
    for (const ImageFormat format : {ImageFormat::Svg, ImageFormat::Pdf}) {
        const QString file = small + (format == ImageFormat::Svg ? QStringLiteral("/p.svg")
                                                                 : QStringLiteral("/p.pdf"));
        write_all(file, "precious\n");
        QString error;
        EXPECT_FALSE(export_plot(&plot, file, format, {3000, 3000}, 1.0, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("No space left on device")))
            << error.toStdString();
        EXPECT_EQ(read_all(file), QByteArray("precious\n"));
    }
    const QString csv = small + QStringLiteral("/d.csv");
    write_all(csv, "precious\n");
    QString error;
    EXPECT_FALSE(write_file_atomically(csv, QByteArray(200000, 'x'), &error));
    EXPECT_EQ(read_all(csv), QByteArray("precious\n"));
    EXPECT_EQ(std::system(("umount '" + small.toStdString() + "'").c_str()), 0);
}
