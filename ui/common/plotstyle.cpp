// SPDX-License-Identifier: MIT
#include "plotstyle.hpp"

#include <qcustomplot.h>

#include <QApplication>
#include <QFontMetrics>
#include <QPalette>
#include <QPointer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace activa::ui {
namespace {

// The dark look's ends: the plot's background and its text, with every grey between them.
constexpr int kDarkBackground = 0x23;
constexpr int kDarkText = 0xE6;
// How far a hue must stand out from a dark background, in WCAG's contrast ratio: it asks at
// least 3 of lines and shapes, 4.5 of text.
constexpr double kLineContrast = 3.5;
constexpr double kTextContrast = 4.5;
// Colours paler than this (HSL saturation) count as greys.
constexpr int kGreySaturation = 40;

// WCAG's relative luminance.
double luminance(const QColor& c) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

PlotStyle g_screen;
QList<QPointer<QCustomPlot>>& followers() {
    static QList<QPointer<QCustomPlot>> plots;
    return plots;
}
struct StyleWatcher {
    QPointer<QObject> context;
    std::function<void()> changed;
};
std::vector<StyleWatcher>& watchers() {
    static std::vector<StyleWatcher> list;
    return list;
}

// What an element was given by its plotter (its base) is kept beside what was applied last: a
// value that differs from the one applied last was set anew by the plotter and is the new base.
// Restyling is then the same whatever the look was before, and never compounds.
template <typename T, typename Make>
T restyled(QObject* element, const char* name, const T& current, Make make) {
    const QByteArray base_key = QByteArrayLiteral("activaBase_") + name;
    const QByteArray shown_key = QByteArrayLiteral("activaShown_") + name;
    const QVariant shown = element->property(shown_key.constData());
    T base = current;
    if (shown.isValid() && shown.value<T>() == current)
        base = element->property(base_key.constData()).template value<T>();
    else
        element->setProperty(base_key.constData(), QVariant::fromValue(current));
    const T value = make(base);
    if (!shown.isValid() || shown.value<T>() != value)
        element->setProperty(shown_key.constData(), QVariant::fromValue(value));
    return value;
}

QFont scaled(QFont font, double scale) {
    // A font may be sized in pixels, in which case its point size reads as -1.
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(font.pixelSize() * scale))));
    return font;
}

struct Restyler {
    const PlotStyle& style;

    QPen pen(const QPen& base) const {
        QPen p = base;
        p.setColor(style.adapted(base.color()));
        // A cosmetic pen (width 0) is one pixel wide at any scale: it grows only when asked to.
        if (base.widthF() > 0.0)
            p.setWidthF(base.widthF() * style.scale);
        else if (style.scale != 1.0)
            p.setWidthF(style.scale);
        return p;
    }
    QBrush brush(const QBrush& base) const {
        QBrush b = base;
        if (b.style() != Qt::NoBrush) b.setColor(style.adapted(base.color()));
        return b;
    }
    QFont font(const QFont& base) const { return scaled(base, style.scale); }
    QColor text(const QColor& base) const { return style.adapted(base, true); }

    template <typename T, typename Make>
    T operator()(QObject* element, const char* name, const T& current, Make make) const {
        return restyled(element, name, current, make);
    }
    QPen operator()(QObject* e, const char* name, const QPen& current) const {
        return restyled(e, name, current, [this](const QPen& p) { return pen(p); });
    }
    QBrush operator()(QObject* e, const char* name, const QBrush& current) const {
        return restyled(e, name, current, [this](const QBrush& b) { return brush(b); });
    }
    QFont operator()(QObject* e, const char* name, const QFont& current) const {
        return restyled(e, name, current, [this](const QFont& f) { return font(f); });
    }
    // Colours given this way are those of text.
    QColor operator()(QObject* e, const char* name, const QColor& current) const {
        return restyled(e, name, current, [this](const QColor& c) { return text(c); });
    }

    void axis(QCPAxis* a) const {
        const Restyler& r = *this;
        a->setBasePen(r(a, "basePen", a->basePen()));
        a->setTickPen(r(a, "tickPen", a->tickPen()));
        a->setSubTickPen(r(a, "subTickPen", a->subTickPen()));
        a->setLabelFont(r(a, "labelFont", a->labelFont()));
        a->setTickLabelFont(r(a, "tickLabelFont", a->tickLabelFont()));
        a->setLabelColor(r(a, "labelColor", a->labelColor()));
        a->setTickLabelColor(r(a, "tickLabelColor", a->tickLabelColor()));
        QCPGrid* g = a->grid();
        g->setPen(r(g, "pen", g->pen()));
        g->setSubGridPen(r(g, "subGridPen", g->subGridPen()));
        g->setZeroLinePen(r(g, "zeroLinePen", g->zeroLinePen()));
    }

    void element(QCPLayoutElement* e) const {
        const Restyler& r = *this;
        if (auto* text = qobject_cast<QCPTextElement*>(e)) {
            text->setFont(r(text, "font", text->font()));
            text->setTextColor(r(text, "textColor", text->textColor()));
        } else if (auto* legend = qobject_cast<QCPLegend*>(e)) {
            // The legend's own font and text colour are what new entries start from; they stay
            // at the base, and each entry is restyled on its own.
            legend->setBrush(r(legend, "brush", legend->brush()));
            legend->setBorderPen(r(legend, "borderPen", legend->borderPen()));
            legend->setIconSize(r(legend, "iconSize", legend->iconSize(), [this](QSize s) {
                return QSize(static_cast<int>(std::lround(s.width() * style.scale)),
                             static_cast<int>(std::lround(s.height() * style.scale)));
            }));
            legend->setIconTextPadding(
                r(legend, "iconTextPadding", legend->iconTextPadding(),
                  [this](int p) { return static_cast<int>(std::lround(p * style.scale)); }));
        } else if (auto* item = qobject_cast<QCPAbstractLegendItem*>(e)) {
            item->setFont(r(item, "font", item->font()));
            item->setTextColor(r(item, "textColor", item->textColor()));
        }
    }

    void plottable(QCPAbstractPlottable* p) const {
        const Restyler& r = *this;
        if (qobject_cast<QCPColorMap*>(p)) return; // its colours are data
        p->setPen(r(p, "pen", p->pen()));
        p->setBrush(r(p, "brush", p->brush()));
        if (auto* g = qobject_cast<QCPGraph*>(p); g && !g->scatterStyle().isNone()) {
            QCPScatterStyle s = g->scatterStyle();
            s.setSize(r(g, "scatterSize", s.size(), [this](double v) { return v * style.scale; }));
            s.setPen(r(g, "scatterPen", s.pen()));
            s.setBrush(r(g, "scatterBrush", s.brush()));
            g->setScatterStyle(s);
        }
    }

    void item(QCPAbstractItem* i) const {
        const Restyler& r = *this;
        if (auto* line = qobject_cast<QCPItemStraightLine*>(i)) {
            line->setPen(r(line, "pen", line->pen()));
        } else if (auto* segment = qobject_cast<QCPItemLine*>(i)) {
            segment->setPen(r(segment, "pen", segment->pen()));
        } else if (auto* rect = qobject_cast<QCPItemRect*>(i)) {
            rect->setPen(r(rect, "pen", rect->pen()));
            rect->setBrush(r(rect, "brush", rect->brush()));
        } else if (auto* text = qobject_cast<QCPItemText*>(i)) {
            text->setFont(r(text, "font", text->font()));
            text->setColor(r(text, "color", text->color()));
            text->setPen(r(text, "pen", text->pen()));
            text->setBrush(r(text, "brush", text->brush()));
        }
    }
};

const QPalette& desktop_palette() {
    // Taken before Activa changes anything: what the desktop asked for.
    static const QPalette palette = QApplication::palette();
    return palette;
}

QPalette dark_palette() {
    QPalette p = desktop_palette();
    // Fields a little lighter than the window: Fusion outlines check boxes with a darker shade
    // of the window's colour, which must show on them.
    const QColor window(0x2A, 0x2C, 0x30);
    const QColor base(0x36, 0x39, 0x3E);
    const QColor text(kDarkText, kDarkText, kDarkText);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x3C, 0x3F, 0x45));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3C, 0x3F, 0x45));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x8A, 0x80));
    p.setColor(QPalette::Light, QColor(0x4C, 0x4F, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x28, 0x2A, 0x2E));
    p.setColor(QPalette::Dark, QColor(0x1C, 0x1D, 0x20));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x7F, 0xC1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7C, 0xC4, 0xF2));
    p.setColor(QPalette::LinkVisited, QColor(0xD0, 0x9C, 0xE8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

// The room a title has across the plot: its cell, and no more than its column's share of the
// plot, which its grid overflows when its columns' texts are wider together than the plot.
int title_room(const QCustomPlot* plot, const QCPTextElement* title) {
    int room = title->outerRect().width();
    if (const auto* grid = qobject_cast<const QCPLayoutGrid*>(title->layout()))
        room = std::min(room, plot->viewport().width() / std::max(1, grid->columnCount()));
    return room - title->margins().left() - title->margins().right();
}

// Titles and captions that larger sizes made wider than their room shrink back until they fit,
// though never below their base size: a projector's plot loses no words.
void fit_titles(QCustomPlot* plot) {
    bool shrunk = false;
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true)) {
        auto* title = qobject_cast<QCPTextElement*>(e);
        if (!title || title->text().isEmpty()) continue;
        const QFont base = title->property("activaBase_font").value<QFont>(); // restyled()'s
        QFont font = title->font();
        const int room = title_room(plot, title);
        const auto width = [&title](const QFont& f) {
            return QFontMetrics(f).boundingRect(QRect(), Qt::AlignCenter, title->text()).width();
        };
        if (base.pointSizeF() <= 0.0 || width(font) <= room) continue;
        while (font.pointSizeF() > base.pointSizeF() && width(font) > room)
            font.setPointSizeF(std::max(base.pointSizeF(), font.pointSizeF() * 0.94));
        if (font == title->font()) continue; // at its base size already
        title->setFont(font);
        title->setProperty("activaShown_font", font); // the look at its size, not a new base
        shrunk = true;
    }
    if (!shrunk) return;
    QCPLayoutGrid* layout = plot->plotLayout();
    for (const auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        layout->update(phase);
}

} // namespace

QColor PlotStyle::background() const {
    return dark ? QColor(kDarkBackground, kDarkBackground + 2, kDarkBackground + 6)
                : QColor(Qt::white);
}

QColor PlotStyle::adapted(const QColor& colour, bool text) const {
    if (!dark || !colour.isValid()) return colour;
    QColor c = colour.toHsl();
    if (c.hslSaturation() < kGreySaturation) {
        // White becomes the background, black the text, every grey between them in proportion.
        const int v = kDarkText - (c.lightness() * (kDarkText - kDarkBackground)) / 255;
        return QColor::fromHsl(c.hslHue(), c.hslSaturation(), v, c.alpha()).toRgb();
    }
    const double ground = luminance(background()) + 0.05;
    const double contrast = text ? kTextContrast : kLineContrast;
    while (c.lightness() < 235 && (luminance(c.toRgb()) + 0.05) / ground < contrast)
        c.setHsl(c.hslHue(), c.hslSaturation(), std::min(235, c.lightness() + 8), c.alpha());
    return c.toRgb();
}

PlotStyle picture_style() {
    return {};
}

PlotStyle screen_style() {
    return g_screen;
}

void set_screen_style(const PlotStyle& style) {
    if (style == g_screen) return;
    g_screen = style;
    followers().removeAll(nullptr);
    for (QCustomPlot* plot : followers()) {
        apply_plot_style(plot, style); // at once, for whoever reads the plot before it is drawn
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    std::erase_if(watchers(), [](const StyleWatcher& w) { return w.context.isNull(); });
    for (const StyleWatcher& w : std::vector<StyleWatcher>(watchers()))
        if (w.context) w.changed();
}

void on_screen_style_changed(QObject* context, std::function<void()> changed) {
    watchers().push_back({context, std::move(changed)});
}

void follow_screen_style(QCustomPlot* plot) {
    if (plot->property("activaFollowsStyle").toBool()) return;
    plot->setProperty("activaFollowsStyle", true);
    followers().append(plot);
    // Before every other slot of the plot's: what they measure (fonts, for breaking lines) is
    // then what is drawn.
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot,
                     [plot] { apply_plot_style(plot, screen_style()); });
    QObject::connect(plot, &QCustomPlot::afterLayout, plot, [plot] { fit_titles(plot); });
}

void apply_plot_style(QCustomPlot* plot, const PlotStyle& style) {
    const Restyler r{style};
    plot->setBackground(QBrush(style.background()));
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes())
            r.axis(axis);
    for (QCPLayoutElement* e : plot->plotLayout()->elements(true))
        if (e) r.element(e);
    for (int i = 0; i < plot->plottableCount(); ++i)
        r.plottable(plot->plottable(i));
    for (int i = 0; i < plot->itemCount(); ++i)
        r.item(plot->item(i));
}

QCPItemText* add_corner_note(QCPAxisRect* rect, Qt::Alignment corner, const QString& text) {
    auto* note = new QCPItemText(rect->parentPlot());
    note->setClipToAxisRect(false);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setAxisRect(rect);
    note->position->setCoords(corner & Qt::AlignLeft ? 0.01 : 0.99,
                              corner & Qt::AlignTop ? 0.01 : 0.99);
    note->setPositionAlignment(corner);
    note->setText(text);
    return note;
}

bool desktop_is_dark() {
    return desktop_palette().color(QPalette::Window).lightness() < 128;
}

void set_dark_palette(bool dark) {
    desktop_palette(); // kept before the first change
    // The desktop's palette is set back only after a dark one: a palette set by the program
    // would no longer follow the desktop's.
    static bool darkened = false;
    if (dark || darkened) QApplication::setPalette(dark ? dark_palette() : desktop_palette());
    darkened = dark;
    PlotStyle s = screen_style();
    s.dark = dark;
    set_screen_style(s);
}

void set_presentation(bool on) {
    PlotStyle s = screen_style();
    s.scale = on ? kPresentationScale : 1.0;
    set_screen_style(s);
}

} // namespace activa::ui
