// SPDX-License-Identifier: MIT
#pragma once

#include <activa/curves.hpp>

#include <QFlags>
#include <QObject>

namespace activa::ui {

// The curves view's one state: the functions checked, their parameters, the range, the toggles,
// and the function described. The function list, the parameter panel, the plot and the
// properties panel all observe it: a change is made here once, checked here, and announced with
// the parts it touched, so that no widget hands a change on to another.
class CurvesModel : public QObject {
    Q_OBJECT
public:
    enum class Part {
        Functions = 1 << 0,  // which functions are checked, in which order
        Params = 1 << 1,     // a checked function's parameter values
        Range = 1 << 2,      // xmin, xmax, points
        Derivative = 1 << 3, // show_derivative
        Log = 1 << 4,        // log_derivative
        Saturation = 1 << 5, // show_saturation
        Selected = 1 << 6,   // which checked function is shaded (selected)
        Current = 1 << 7,    // which function is described, checked or not
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts kAll = Parts::fromInt(0xff);

    explicit CurvesModel(QObject* parent = nullptr);

    const CurvesState& state() const { return m_state; }
    // The function the properties describe: the selected one, or one selected in the list
    // without being checked.
    ActivationId current() const { return m_current; }
    // The values of a checked function, or its defaults.
    ParamValues paramsOf(ActivationId id) const;
    // Where a function is among the curves; -1 when it is not checked.
    int indexOf(ActivationId id) const;
    // The most points each curve may have while `curves` functions are checked.
    static int mostPoints(std::size_t curves);

    // Takes a state, every bad field at its default (old or hand-edited settings).
    void setState(const CurvesState& state);
    // Checks (after the others) or unchecks a function; a new one starts at its defaults. More
    // functions may lower the points per curve (pointsLowered).
    void setChecked(ActivationId id, bool on);
    // The values of curve `curve`, when the function takes them; false when refused.
    bool setParams(int curve, const ParamValues& params);
    // A finite lo < hi within ±kMaxAbsX, and points within the limits; false when refused.
    bool setRange(double lo, double hi, int points);
    void setShowDerivative(bool on);
    void setLogDerivative(bool on);
    void setShowSaturation(bool on);
    // Describes a function; a checked one also becomes the one shaded.
    void select(ActivationId id);

signals:
    void changed(activa::ui::CurvesModel::Parts parts);
    // Checking a function lowered the points per curve to `most` for `curves` functions; sent
    // before changed().
    void pointsLowered(int most, int curves);
    // A typed function was defined anew and `now` takes `before`'s place; sent before changed(),
    // so that what the views keep of `before` (a curve hidden from its legend) follows it.
    void replaced(activa::ActivationId before, activa::ActivationId now);

private:
    // The typed functions changed: an edited one (the same name, a new id) takes its old one's
    // place, keeping the values of the parameters it still has; a forgotten one leaves.
    void followTypedFunctions();
    // A typed function was defined anew (edited, renamed or imported over): `now` takes
    // `before`'s place among the curves and in the description.
    void followReplaced(ActivationId before, ActivationId now);
    // Selected follows current among the curves; the first curve when current is not checked.
    void reselect();
    void announce(Parts parts);

    CurvesState m_state;
    ActivationId m_current = ActivationId::Relu;
};

} // namespace activa::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(activa::ui::CurvesModel::Parts)
