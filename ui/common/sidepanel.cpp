// SPDX-License-Identifier: MIT
#include "sidepanel.hpp"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>

namespace activa::ui {

void place_side_panel(QWidget* view, QWidget* controls, QWidget* plot, int min_controls_width,
                      int controls_width) {
    auto* scroll = new QScrollArea(view);
    scroll->setWidget(controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(min_controls_width);

    auto* splitter = new QSplitter(Qt::Horizontal, view);
    splitter->addWidget(scroll);
    splitter->addWidget(plot);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({controls_width, 1000});

    auto* layout = new QHBoxLayout(view);
    layout->addWidget(splitter);
}

} // namespace activa::ui
