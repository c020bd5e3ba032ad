// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

class QCPPainter;
class QCustomPlot;
class QWidget;

namespace activa {
class TextWriter;
}

namespace activa::ui {

// What every exportable view offers. The window's export, copy and the command line's
// `activa export` all go through it, so what is exported is what is shown.
class Picture {
public:
    virtual ~Picture() = default;
    // Paints the picture at `size` logical pixels from the painter's origin; `vector` is set for
    // PDF and SVG, whose generators do not clip. A view shown in a window draws itself again
    // afterwards.
    virtual void paintPicture(QCPPainter* painter, QSize size, bool vector) = 0;
    // The size the picture has on screen: what an export offers first.
    virtual QSize pictureSize() const = 0;
    // The numbers behind the picture as CSV (core/include/activa/csv.hpp's dialect).
    virtual void writeData(TextWriter& out) const = 0;
    // A file name without folder or extension: "activations", "softmax", ...
    virtual QString fileStem() const = 0;
    // Gets the picture of the current state ready to paint at `size` now, without a window:
    // laid out at that size, and what a view computes in the background (the gradient flow,
    // the race) computed to the end. `activa export` calls it before painting.
    virtual void preparePicture(QSize size) = 0;
};

// The picture of a view that is one plot: painted as the plot at the asked size, which offers
// the plot's size on screen first; afterwards the plot in the window draws itself again.
class PlotPicture : public Picture {
public:
    void paintPicture(QCPPainter* painter, QSize size, bool vector) override;
    QSize pictureSize() const override;

protected:
    // The plot, and the widget to lay out at a picture's size.
    virtual QCustomPlot* picturePlot() const = 0;
    virtual QWidget* pictureWidget() = 0;
    // What the window shows that a picture leaves out (a crosshair), and its return.
    virtual void beforePicture(bool vector) { (void)vector; }
    virtual void afterPicture();
    // Lays the view out at `size`; views with background work also finish it.
    void preparePicture(QSize size) override;
};

} // namespace activa::ui
