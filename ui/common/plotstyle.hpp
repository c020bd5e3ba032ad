// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

#include <functional>

class QCPAxisRect;
class QCPItemText;
class QCustomPlot;
class QObject;
class QPalette;
class QString;

namespace activa::ui {

// How every plot looks: fonts, pens, markers and colours, in the window and in every picture that
// leaves it. Plotters draw at the base look (sizes for a desk, dark on white); apply_plot_style
// scales and recolours what they drew, so a view needs no constants of its own for a projector
// or a dark desktop.
struct PlotStyle {
    // Fonts, pen widths, marker and legend icon sizes are multiplied by it.
    double scale = 1.0;
    bool dark = false;

    QColor background() const;
    // A colour drawn on this background: greys swap ends on a dark one (black text turns light,
    // light fills turn dark) and dark hues are lightened until they stand out, more for text
    // than for lines; hues that already do are kept, so each function keeps its colour.
    QColor adapted(const QColor& colour, bool text = false) const;
    bool operator==(const PlotStyle&) const = default;
};

// Larger fonts, thicker lines and larger markers for a lecture hall.
inline constexpr double kPresentationScale = 1.6;

// The look of exported, copied and printed pictures, whatever the window shows: base sizes on
// white, since pictures are meant for pages and slides of their own.
PlotStyle picture_style();

// The look of the plots in the window.
PlotStyle screen_style();
// Changes the window's look and replots every plot that follows it.
void set_screen_style(const PlotStyle& style);
// The plot takes the window's look at every replot from now on. Calling it again does nothing.
void follow_screen_style(QCustomPlot* plot);
// Calls `changed` after every change of the window's look, for as long as context lives: what
// is drawn without QCustomPlot (the wizard's flowcharts) follows the look this way.
void on_screen_style_changed(QObject* context, std::function<void()> changed);
// Restyles what is on the plot now from its base look.
void apply_plot_style(QCustomPlot* plot, const PlotStyle& style);

// A note in a corner of an axis rect (Qt::AlignTop | Qt::AlignRight, ...), one hundredth of its
// size in from both edges and free to reach past them; the caller gives it a colour or a font.
QCPItemText* add_corner_note(QCPAxisRect* rect, Qt::Alignment corner, const QString& text);

// Whether the desktop's own palette (the one the application started with) is dark.
bool desktop_is_dark();
// Turns the whole window dark (Fusion's colours made dark) or back to the desktop's palette,
// and the plots with it.
void set_dark_palette(bool dark);
// Presentation sizes on or off for the plots in the window, keeping light or dark.
void set_presentation(bool on);

} // namespace activa::ui
