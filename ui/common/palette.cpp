// SPDX-License-Identifier: MIT
#include "palette.hpp"

#include <array>

namespace activa::ui {
QColor function_colour(ActivationId id) {
    // Okabe & Ito's colours and Tol's muted ones, all readable to colour-blind eyes and as lines
    // on white. The functions people compare most (the article's three and the smooth ReLU
    // relatives: leaky ReLU, ELU, SELU, GELU, SiLU, Mish, softplus) all differ; the rest repeat
    // colours across families.
    constexpr QRgb blue = 0x0072B2, vermillion = 0xD55E00, green = 0x009E73, pink = 0xCC79A7,
                   orange = 0xE69F00, sky = 0x56B4E9, black = 0x000000, indigo = 0x332288,
                   teal = 0x44AA99, dark_green = 0x117733, olive = 0x999933, rose = 0xCC6677,
                   wine = 0x882255, purple = 0xAA4499, grey = 0x777777, brown = 0x8C510A;
    using enum ActivationId;
    static constexpr std::array<QRgb, kActivationCount> kColours = [] {
        std::array<QRgb, kActivationCount> c{};
        const auto set = [&c](ActivationId id, QRgb rgb) { c[static_cast<std::size_t>(id)] = rgb; };
        set(Identity, grey);
        set(Relu, green);
        set(LeakyRelu, pink);
        set(Prelu, indigo);
        set(Relu6, olive);
        set(Elu, sky);
        set(Selu, dark_green);
        set(Celu, purple);
        set(Gelu, orange);
        set(GeluTanh, rose);
        set(Silu, black);
        set(Mish, wine);
        set(Softplus, brown);
        set(Softsign, teal);
        set(Sigmoid, blue);
        set(Tanh, vermillion);
        set(Hardtanh, rose);
        set(Hardsigmoid, sky);
        set(Hardswish, dark_green);
        set(Logsigmoid, purple);
        set(Tanhshrink, vermillion);
        set(Softshrink, teal);
        set(Hardshrink, indigo);
        set(BinaryStep, black);
        set(Gaussian, orange);
        set(BentIdentity, olive);
        set(Sinusoid, wine);
        return c;
    }();
    return QColor::fromRgb(kColours[static_cast<std::size_t>(id)]);
}

} // namespace activa::ui
