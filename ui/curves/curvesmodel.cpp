// SPDX-License-Identifier: MIT
#include "curvesmodel.hpp"

#include "common/palette.hpp"

#include <activa/functions.hpp>

#include <algorithm>
#include <cmath>
#include <optional>

namespace activa::ui {
namespace {

// What an id in the state stands for now (core's one answer): itself, or for a typed function
// that was edited the id its name has now; nothing once it is forgotten.
std::optional<ActivationId> successor(ActivationId id) {
    const Expected<ActivationId> now = current_function(id);
    return now ? std::optional<ActivationId>(*now) : std::nullopt;
}

// The values an edited function keeps: all of them when it has as many parameters as before
// (renamed ones too), otherwise those of the parameters it still has, where they fit.
ParamValues carried_params(const CurveSpec& old, ActivationId to) {
    const auto& before = info(old.id).params;
    const auto& after = info(to).params;
    if (before.size() == after.size() && validate_params(to, old.params)) return old.params;
    ParamValues out = default_params(to);
    for (std::size_t p = 0; p < after.size(); ++p)
        for (std::size_t q = 0; q < before.size(); ++q)
            if (before[q].name == after[p].name && old.params[q] >= after[p].min &&
                old.params[q] <= after[p].max)
                out[p] = old.params[q];
    return validate_params(to, out) ? out : default_params(to);
}

} // namespace

CurvesModel::CurvesModel(QObject* parent)
    : QObject(parent) {
    m_state = *checked(m_state, OnInvalid::UseDefault);
    m_current = m_state.curves.at(static_cast<std::size_t>(m_state.selected)).id;
    connect(&FunctionsChanged::instance(), &FunctionsChanged::changed, this,
            &CurvesModel::followTypedFunctions);
    connect(&FunctionsChanged::instance(), &FunctionsChanged::replaced, this,
            &CurvesModel::followReplaced);
}

ParamValues CurvesModel::paramsOf(ActivationId id) const {
    const int i = indexOf(id);
    return i < 0 ? default_params(id) : m_state.curves[static_cast<std::size_t>(i)].params;
}

int CurvesModel::indexOf(ActivationId id) const {
    const auto it = std::find_if(m_state.curves.begin(), m_state.curves.end(),
                                 [id](const CurveSpec& c) { return c.id == id; });
    return it == m_state.curves.end() ? -1 : static_cast<int>(it - m_state.curves.begin());
}

int CurvesModel::mostPoints(std::size_t curves) {
    const auto n = std::max<long long>(1, static_cast<long long>(curves));
    return static_cast<int>(std::min<long long>(kMaxPoints, kMaxTotalPoints / n));
}

void CurvesModel::setState(const CurvesState& requested) {
    m_state = *checked(requested, OnInvalid::UseDefault);
    if (m_state.selected >= 0)
        m_current = m_state.curves[static_cast<std::size_t>(m_state.selected)].id;
    announce(kAll);
}

void CurvesModel::setChecked(ActivationId id, bool on) {
    const int at = indexOf(id);
    if (on == (at >= 0)) return;
    if (on)
        m_state.curves.push_back({id, default_params(id)});
    else
        m_state.curves.erase(m_state.curves.begin() + at);
    Parts parts = Part::Functions;
    // All curves together hold at most kMaxTotalPoints: more curves, fewer points each.
    const int most = mostPoints(m_state.curves.size());
    const bool lowered = m_state.points > most;
    if (lowered) {
        m_state.points = most;
        parts |= Part::Range;
    }
    const int selected = m_state.selected;
    reselect();
    if (m_state.selected != selected) parts |= Part::Selected;
    if (lowered) emit pointsLowered(most, static_cast<int>(m_state.curves.size()));
    announce(parts);
}

bool CurvesModel::setParams(int curve, const ParamValues& params) {
    if (curve < 0 || curve >= static_cast<int>(m_state.curves.size())) return false;
    CurveSpec& c = m_state.curves[static_cast<std::size_t>(curve)];
    // A value the function can't take (hardtanh's min_val past max_val) is not applied.
    if (!validate_params(c.id, params)) return false;
    if (c.params == params) return true;
    c.params = params;
    announce(Part::Params);
    return true;
}

bool CurvesModel::setRange(double lo, double hi, int points) {
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi) || lo < -kMaxAbsX || hi > kMaxAbsX ||
        points < kMinPoints || points > mostPoints(m_state.curves.size()))
        return false;
    if (lo == m_state.xmin && hi == m_state.xmax && points == m_state.points) return true;
    m_state.xmin = lo;
    m_state.xmax = hi;
    m_state.points = points;
    announce(Part::Range);
    return true;
}

void CurvesModel::setShowDerivative(bool on) {
    if (on == m_state.show_derivative) return;
    m_state.show_derivative = on;
    announce(Part::Derivative);
}

void CurvesModel::setLogDerivative(bool on) {
    if (on == m_state.log_derivative) return;
    m_state.log_derivative = on;
    announce(Part::Log);
}

void CurvesModel::setShowSaturation(bool on) {
    if (on == m_state.show_saturation) return;
    m_state.show_saturation = on;
    announce(Part::Saturation);
}

void CurvesModel::select(ActivationId id) {
    Parts parts;
    if (id != m_current) parts |= Part::Current;
    m_current = id;
    // An unchecked function is described; the shaded one stays.
    const int at = indexOf(id);
    if (at >= 0 && at != m_state.selected) {
        m_state.selected = at;
        parts |= Part::Selected;
    }
    announce(parts);
}

void CurvesModel::reselect() {
    const int at = indexOf(m_current);
    m_state.selected = at >= 0 ? at : (m_state.curves.empty() ? -1 : 0);
}

void CurvesModel::followTypedFunctions() {
    Parts parts;
    std::vector<CurveSpec> next;
    for (const CurveSpec& c : m_state.curves) {
        const std::optional<ActivationId> to = successor(c.id);
        const bool kept = to && std::none_of(next.begin(), next.end(),
                                             [&](const CurveSpec& n) { return n.id == *to; });
        if (!kept || *to != c.id) parts |= Part::Functions;
        if (kept) next.push_back(*to == c.id ? c : CurveSpec{*to, carried_params(c, *to)});
    }
    const std::optional<ActivationId> current = successor(m_current);
    if (!parts && current == m_current) return;
    const int selected = m_state.selected;
    m_state.curves = std::move(next);
    if (current) {
        if (*current != m_current) parts |= Part::Current;
        m_current = *current;
        reselect();
    } else { // the function described is gone: the one shaded is described
        reselect();
        m_current = m_state.selected >= 0
                        ? m_state.curves[static_cast<std::size_t>(m_state.selected)].id
                        : ActivationId::Relu;
        parts |= Part::Current;
    }
    if (m_state.selected != selected) parts |= Part::Selected;
    announce(parts);
}

void CurvesModel::followReplaced(ActivationId before, ActivationId now) {
    if (before == now) return;
    emit replaced(before, now);
    Parts parts;
    const int at = indexOf(before);
    if (at >= 0) {
        CurveSpec& c = m_state.curves[static_cast<std::size_t>(at)];
        if (indexOf(now) >= 0) // already checked: one curve of it is enough
            m_state.curves.erase(m_state.curves.begin() + at);
        else
            c = {now, carried_params(c, now)};
        parts |= Part::Functions;
    }
    if (m_current == before) {
        m_current = now;
        parts |= Part::Current;
    }
    const int selected = m_state.selected;
    reselect();
    if (m_state.selected != selected) parts |= Part::Selected;
    announce(parts);
}

void CurvesModel::announce(Parts parts) {
    if (parts) emit changed(parts);
}

} // namespace activa::ui
