// SPDX-License-Identifier: MIT
#include "palette.hpp"

#include <activa/functions.hpp>

#include <QHashFunctions>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>

namespace activa::ui {
namespace {

// Okabe & Ito's colours and Tol's muted ones, all readable to colour-blind eyes and as lines on
// white. The functions people compare most (the article's three and the smooth ReLU relatives:
// leaky ReLU, ELU, SELU, GELU, SiLU, Mish, softplus) all differ; the rest repeat colours across
// families.
constexpr QRgb blue = 0x0072B2, vermillion = 0xD55E00, green = 0x009E73, pink = 0xCC79A7,
               orange = 0xE69F00, sky = 0x56B4E9, black = 0x000000, indigo = 0x332288,
               teal = 0x44AA99, dark_green = 0x117733, olive = 0x999933, rose = 0xCC6677,
               wine = 0x882255, purple = 0xAA4499, grey = 0x777777, brown = 0x8C510A;

struct Look {
    ActivationId id;
    QRgb colour;
};

// Every built-in once, in the order the lists show them.
using enum ActivationId;
constexpr std::array<Look, kActivationCount> kLooks{{
    {Identity, grey},
    {Sigmoid, blue},
    {Tanh, vermillion},
    {Softsign, teal},
    {Relu, green},
    {LeakyRelu, pink},
    {Prelu, indigo},
    {Relu6, olive},
    {Elu, sky},
    {Selu, dark_green},
    {Celu, purple},
    {Gelu, orange},
    {GeluTanh, rose},
    {Silu, black},
    {Mish, wine},
    {Softplus, brown},
    {Hardtanh, rose},
    {Hardsigmoid, sky},
    {Hardswish, dark_green},
    {Tanhshrink, vermillion},
    {Softshrink, teal},
    {Hardshrink, indigo},
    {Logsigmoid, purple},
    {BinaryStep, black},
    {Gaussian, orange},
    {BentIdentity, olive},
    {Sinusoid, wine},
}};

constexpr bool every_builtin_once() {
    std::array<bool, kActivationCount> seen{};
    for (const Look& l : kLooks) {
        if (seen[static_cast<std::size_t>(l.id)]) return false;
        seen[static_cast<std::size_t>(l.id)] = true;
    }
    return true;
}
static_assert(every_builtin_once());

// Typed functions cycle through colours that stand apart from the article's three.
constexpr std::array<QRgb, 6> kTyped{purple, orange, teal, brown, pink, indigo};

} // namespace

QColor function_colour(ActivationId id) {
    if (!is_builtin(id)) // by name: an edited function keeps its colour
        return QColor::fromRgb(
            kTyped[qHash(QLatin1StringView(info(id).key.data(), qsizetype(info(id).key.size()))) %
                   kTyped.size()]);
    const auto it =
        std::find_if(kLooks.begin(), kLooks.end(), [id](const Look& l) { return l.id == id; });
    return QColor::fromRgb(it->colour);
}

QIcon colour_swatch(const QColor& colour) {
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(130), 1));
    p.setBrush(colour);
    p.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

std::vector<ActivationId> listed_functions() {
    std::vector<ActivationId> out;
    for (const Look& l : kLooks)
        out.push_back(l.id);
    const std::vector<ActivationId> typed = typed_functions();
    out.insert(out.end(), typed.begin(), typed.end());
    return out;
}

FunctionsChanged& FunctionsChanged::instance() {
    static FunctionsChanged notifier;
    return notifier;
}

} // namespace activa::ui
