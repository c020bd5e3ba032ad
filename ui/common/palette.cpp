// SPDX-License-Identifier: MIT
#include "palette.hpp"

#include <array>

namespace activa::ui {
namespace {

// Okabe & Ito (2008), ordered so that neighbours differ in lightness as well as hue.
constexpr std::array<QRgb, kSeriesColourCount> kPalette{0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7,
                                                        0xE69F00, 0x56B4E9, 0x000000, 0xF0E442};

} // namespace

QColor series_colour(int index) {
    return QColor::fromRgb(kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
}

QColor function_colour(ActivationId id) {
    using enum ActivationId;
    // The functions races usually compare get distinct colours; the rest share them in turn.
    switch (id) {
    case Sigmoid:
        return series_colour(0);
    case Tanh:
        return series_colour(1);
    case Relu:
        return series_colour(2);
    case LeakyRelu:
        return series_colour(3);
    case Gelu:
        return series_colour(4);
    case Elu:
        return series_colour(5);
    case Silu:
        return series_colour(6);
    default:
        break;
    }
    // Yellow (the palette's last) is too pale for a line on white.
    return series_colour(3 + static_cast<int>(id) % 4);
}

} // namespace activa::ui
