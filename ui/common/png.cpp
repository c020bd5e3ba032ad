// SPDX-License-Identifier: MIT
#include "common/png.hpp"

#include <QIODevice>

#include <zlib.h>

#include <array>
#include <vector>

namespace activa::ui {
namespace {

constexpr int kDeflateLevel = 6;
constexpr std::size_t kChunkBytes = 1 << 18; // IDAT chunks of 256 KiB

void put32(std::vector<unsigned char>& out, quint32 v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<unsigned char>(v >> shift));
}

// One chunk: length, type, data, CRC of type and data.
bool write_chunk(QIODevice* device, const char (&type)[5], const unsigned char* data,
                 std::size_t size) {
    std::vector<unsigned char> head;
    put32(head, static_cast<quint32>(size));
    head.insert(head.end(), type, type + 4);
    uLong crc = crc32(0L, reinterpret_cast<const Bytef*>(type), 4);
    if (size > 0) crc = crc32(crc, data, static_cast<uInt>(size));
    std::vector<unsigned char> tail;
    put32(tail, static_cast<quint32>(crc));
    const auto put = [device](const unsigned char* p, std::size_t n) {
        return n == 0 || device->write(reinterpret_cast<const char*>(p), static_cast<qint64>(n)) ==
                             static_cast<qint64>(n);
    };
    return put(head.data(), head.size()) && put(data, size) && put(tail.data(), tail.size());
}

} // namespace

bool write_png(const QImage& source, QIODevice* device) {
    const QImage image =
        source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32
            ? source
            : source.convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) return false;
    const auto width = static_cast<std::size_t>(image.width());
    const auto height = static_cast<std::size_t>(image.height());

    static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P',  'N',  'G',
                                                             '\r', '\n', 0x1A, '\n'};
    if (device->write(reinterpret_cast<const char*>(kSignature.data()), kSignature.size()) !=
        static_cast<qint64>(kSignature.size()))
        return false;
    std::vector<unsigned char> header;
    put32(header, static_cast<quint32>(width));
    put32(header, static_cast<quint32>(height));
    header.insert(header.end(), {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, adaptive, no interlace
    if (!write_chunk(device, "IHDR", header.data(), header.size())) return false;

    z_stream z{};
    if (deflateInit(&z, kDeflateLevel) != Z_OK) return false;
    std::vector<unsigned char> out(kChunkBytes);
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    bool ok = true;
    // Deflates `n` bytes (or finishes the stream), writing every full chunk.
    const auto deflate_bytes = [&](unsigned char* in, std::size_t n, int flush) {
        z.next_in = in;
        z.avail_in = static_cast<uInt>(n);
        int status = Z_OK;
        do {
            status = deflate(&z, flush);
            if (status == Z_STREAM_ERROR) return false;
            if (z.avail_out == 0 || (flush == Z_FINISH && status == Z_STREAM_END)) {
                const std::size_t used = out.size() - z.avail_out;
                if (used > 0 && !write_chunk(device, "IDAT", out.data(), used)) return false;
                z.next_out = out.data();
                z.avail_out = static_cast<uInt>(out.size());
            }
        } while (z.avail_in > 0 || (flush == Z_FINISH && status != Z_STREAM_END));
        return true;
    };

    std::vector<unsigned char> row(1 + 3 * width);
    std::vector<unsigned char> previous(3 * width, 0);
    std::vector<unsigned char> current(3 * width);
    for (std::size_t y = 0; y < height && ok; ++y) {
        const auto* pixels =
            reinterpret_cast<const QRgb*>(image.constScanLine(static_cast<int>(y)));
        for (std::size_t x = 0; x < width; ++x) {
            current[3 * x] = static_cast<unsigned char>(qRed(pixels[x]));
            current[3 * x + 1] = static_cast<unsigned char>(qGreen(pixels[x]));
            current[3 * x + 2] = static_cast<unsigned char>(qBlue(pixels[x]));
        }
        // "Up": each byte minus the one above it, so flat areas and straight runs become zeros.
        row[0] = 2;
        for (std::size_t i = 0; i < current.size(); ++i)
            row[1 + i] = static_cast<unsigned char>(current[i] - previous[i]);
        ok = deflate_bytes(row.data(), row.size(), Z_NO_FLUSH);
        std::swap(previous, current);
    }
    ok = ok && deflate_bytes(nullptr, 0, Z_FINISH);
    deflateEnd(&z);
    return ok && write_chunk(device, "IEND", nullptr, 0);
}

} // namespace activa::ui
