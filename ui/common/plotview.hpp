// SPDX-License-Identifier: MIT
#pragma once

#include "common/picture.hpp"
#include "common/retranslator.hpp"
#include "common/view.hpp"

#include <QWidget>

#include <functional>

class QCustomPlot;

namespace activa::ui {

// A view whose picture is its one plot (curves, softmax, gradient flow, training): a widget that
// is its own View and PlotPicture. It makes the plot, first of its children; keeps the view's
// texts in m_tr and runs them again on a language change; and tells the window to save on
// stateChanged. A view adds its controls, its texts, its settings and its data.
class PlotView : public QWidget, public View, public PlotPicture {
    Q_OBJECT
public:
    QCustomPlot* plot() const { return m_plot; }
    // Calls `changed` on stateChanged; a view that saves more connects that too.
    void onChanged(QObject* context, std::function<void()> changed) override;

signals:
    // Something the view saves changed.
    void stateChanged();

protected:
    explicit PlotView(QWidget* parent);

    QCustomPlot* picturePlot() const override { return m_plot; }
    QWidget* pictureWidget() override { return this; }
    void changeEvent(QEvent* event) override;
    // On a language change, after m_tr's texts: what the view names otherwise (lists, plots).
    virtual void retranslate() = 0;

    Retranslator m_tr;
    QCustomPlot* const m_plot;
};

} // namespace activa::ui
