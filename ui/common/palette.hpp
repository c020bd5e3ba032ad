// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

#include <QColor>
#include <QIcon>
#include <QObject>

#include <vector>

namespace activa::ui {

// One colour per function wherever it is drawn, whatever else is drawn beside it: sigmoid blue,
// tanh vermillion, ReLU green in the curves, the labs and the exported pictures alike. A typed
// function takes the next of its own colours.
QColor function_colour(ActivationId id);
// A small square of the colour, for lists and tables.
QIcon colour_swatch(const QColor& colour);

// The order lists offer the functions in: the article's three first, then the built-ins as
// people meet them, then the typed ones ("Yours"), oldest first.
std::vector<ActivationId> listed_functions();

// Announces that the typed functions changed (one defined, edited or deleted): every list of
// functions fills itself again from listed_functions().
class FunctionsChanged : public QObject {
    Q_OBJECT
public:
    static FunctionsChanged& instance();
    void announce() { emit changed(); }
    // An edit defines the function anew: views holding `before` take `now` in its place.
    void announceReplaced(ActivationId before, ActivationId now) {
        emit replaced(before, now);
        emit changed();
    }
signals:
    void changed();
    void replaced(activa::ActivationId before, activa::ActivationId now);
};

} // namespace activa::ui
