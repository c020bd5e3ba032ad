// SPDX-License-Identifier: MIT
#include "common/exporter.hpp"
#include "common/picture.hpp"

#include <qcustomplot.h>

namespace activa::ui {

void PlotPicture::paintPicture(QCPPainter* painter, QSize size, bool vector) {
    beforePicture(vector);
    paint_plot(picturePlot(), painter, size);
    afterPicture();
}

QSize PlotPicture::pictureSize() const {
    return picturePlot()->size();
}

void PlotPicture::afterPicture() {
    picturePlot()->replot(QCustomPlot::rpQueuedReplot);
}

void PlotPicture::preparePicture(QSize size) {
    pictureWidget()->resize(size);
}

} // namespace activa::ui
