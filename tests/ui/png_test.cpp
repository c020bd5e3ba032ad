// SPDX-License-Identifier: MIT
#include "common/png.hpp"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using activa::ui::write_png;

namespace {

QImage read_back(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    return reader.read().convertToFormat(QImage::Format_RGB32);
}

QByteArray written(const QImage& image) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(write_png(image, &buffer));
    return buffer.data();
}

// A device that takes the first `room` bytes and then fails, as a full disk does.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 room)
        : m_room(room) {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 n) override {
        if (n > m_room) return -1;
        m_room -= n;
        return n;
    }

private:
    qint64 m_room;
};

} // namespace

TEST(Png, ReadsBackPixelForPixel) {
    for (const QSize size : {QSize(1, 1), QSize(3, 2), QSize(257, 131), QSize(1000, 3)}) {
        QImage image(size, QImage::Format_RGB32);
        QRandomGenerator random(static_cast<quint32>(size.width() * 7919 + size.height()));
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                image.setPixel(x, y, 0xff000000u | (random.generate() & 0xffffffu));
        const QImage back = read_back(written(image));
        ASSERT_EQ(back.size(), size);
        EXPECT_EQ(back, image) << size.width() << "x" << size.height();
    }
}

TEST(Png, TakesAnyImageFormatOnWhite) {
    QImage image(40, 30, QImage::Format_RGB888);
    image.fill(QColor(10, 200, 30));
    const QImage back = read_back(written(image));
    EXPECT_EQ(back.pixel(5, 5), qRgb(10, 200, 30));
}

TEST(Png, AFailedWriteIsReported) {
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < 600; y += 7) // something to compress
        for (int x = 0; x < 800; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, 90));
    const qint64 whole = written(image).size();
    for (const qint64 room : {qint64{0}, qint64{8}, qint64{40}, whole / 2, whole - 1}) {
        FullDevice device(room);
        EXPECT_FALSE(write_png(image, &device)) << "room " << room;
    }
    FullDevice enough(whole);
    EXPECT_TRUE(write_png(image, &enough));
}
