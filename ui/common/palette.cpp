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

} // namespace activa::ui
