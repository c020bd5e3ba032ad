// SPDX-License-Identifier: MIT
// The properties of a typed function, measured: a typed formula has no catalogue row, so what
// the panel shows for it comes from its values and exact derivatives on a grid, refined by
// bisection down to neighbouring doubles wherever something changes between two points.
#include <activa/formula.hpp>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>

namespace activa {
namespace {

constexpr std::size_t kMaxKinks = 100;
constexpr int kBisections = 2100; // enough to reach neighbouring doubles from any interval

struct Sample {
    double x;
    double v;
    double d;
};

class Prober {
public:
    Prober(const CompiledFunction& f, std::span<const double> params)
        : m_f(f)
        , m_params(params) {}
    Sample at(double x) const {
        const ValueAndDerivative r = m_f.evaluate(m_params, x);
        return {x, r.value, r.derivative};
    }

private:
    const CompiledFunction& m_f;
    std::span<const double> m_params;
};

// Significant bits of x: a kink found between 5.999999999999999 and 6 is reported at 6.
int significant_bits(double x) {
    if (x == 0.0) return 0;
    const std::uint64_t m =
        (std::bit_cast<std::uint64_t>(x) & ((1ULL << 52U) - 1U)) | (1ULL << 52U);
    return 53 - std::countr_zero(m);
}

double simpler(double a, double b) {
    return significant_bits(b) < significant_bits(a) ? b : a;
}

bool finite(const Sample& s) {
    return std::isfinite(s.v);
}

// The jump a kink search follows: in the derivative, or (value_jump) in the value.
double jump(const Sample& a, const Sample& b, bool value_jump) {
    return value_jump ? std::fabs(b.v - a.v) : std::fabs(b.d - a.d);
}

enum class Found { Nothing, Kink, Undefined };

// Halves [a, b] towards the larger jump until the two ends are neighbouring doubles; `where` is
// the kink, or the point where f is not finite if the search met one.
Found bisect(const Prober& p, Sample a, Sample b, bool value_jump, double& where) {
    for (int i = 0; i < kBisections; ++i) {
        const double mid = a.x + 0.5 * (b.x - a.x);
        if (!(mid > a.x && mid < b.x)) break;
        const Sample m = p.at(mid);
        if (!finite(m)) {
            where = mid;
            return Found::Undefined;
        }
        if (jump(a, m, value_jump) >= jump(m, b, value_jump))
            b = m;
        else
            a = m;
    }
    // Huge values of opposite signs on neighbouring doubles: a pole that falls between them
    // (1/sin(x) at the double nearest pi).
    if (value_jump && a.v * b.v < 0.0 && std::min(std::fabs(a.v), std::fabs(b.v)) > 1e12) {
        where = simpler(a.x, b.x);
        return Found::Undefined;
    }
    const double scale =
        1.0 + std::max(std::fabs(value_jump ? a.v : a.d), std::fabs(value_jump ? b.v : b.d));
    if (jump(a, b, value_jump) <= 1e-7 * scale) return Found::Nothing;
    where = simpler(a.x, b.x);
    return Found::Kink;
}

// The first point from `inside` towards `outside` where f is no longer finite, to neighbouring
// doubles.
double boundary(const Prober& p, double defined, double undefined) {
    for (int i = 0; i < kBisections; ++i) {
        const double mid = defined + 0.5 * (undefined - defined);
        if (mid == defined || mid == undefined) break;
        if (finite(p.at(mid)))
            defined = mid;
        else
            undefined = mid;
    }
    return undefined;
}

// Whether f changes sign between samples i and i + 1 while growing in size towards the gap
// from both sides: a pole between them.
bool pole_between(const std::vector<Sample>& s, std::size_t i) {
    if (i == 0 || i + 2 >= s.size() || !(s[i].v * s[i + 1].v < 0.0)) return false;
    return std::fabs(s[i].v) > 1.5 * std::fabs(s[i - 1].v) &&
           std::fabs(s[i + 1].v) > 1.5 * std::fabs(s[i + 2].v);
}

// Whether the change between samples i and i + 1 stands out from the changes beside it.
bool stands_out(const std::vector<double>& change, std::size_t i) {
    const double before = i > 0 ? change[i - 1] : 0.0;
    const double after = i + 1 < change.size() ? change[i + 1] : 0.0;
    return change[i] > 4.0 * std::max(before, after) && change[i] > 1e-12;
}

void find_kinks(const Prober& p, const std::vector<Sample>& s, FormulaProperties& out) {
    const std::size_t n = s.size();
    std::vector<double> slope_change(n - 1);
    std::vector<double> value_change(n - 1); // beyond what the derivatives explain
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const double h = s[i + 1].x - s[i].x;
        slope_change[i] = jump(s[i], s[i + 1], false);
        value_change[i] = std::fabs(s[i + 1].v - s[i].v - 0.5 * h * (s[i].d + s[i + 1].d));
        if (!std::isfinite(slope_change[i])) slope_change[i] = 0.0;
        if (!std::isfinite(value_change[i])) value_change[i] = 0.0;
    }
    for (std::size_t i = 0; i + 1 < n && out.kinks.size() < kMaxKinks; ++i) {
        if (!finite(s[i]) || !finite(s[i + 1])) continue;
        // A kink of the derivative also shows as a value change the mean slope misses: the
        // value's jump is looked for first, then the derivative's.
        double where = 0.0;
        Found f = Found::Nothing;
        if (stands_out(value_change, i) || pole_between(s, i))
            f = bisect(p, s[i], s[i + 1], true, where);
        if (f == Found::Nothing && stands_out(slope_change, i))
            f = bisect(p, s[i], s[i + 1], false, where);
        if (f == Found::Undefined) out.undefined.push_back({where, where});
        if (f == Found::Kink && (out.kinks.empty() || out.kinks.back() != where))
            out.kinks.push_back(where);
    }
}

void find_undefined(const Prober& p, const std::vector<Sample>& s, FormulaProperties& out) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (finite(s[i])) continue;
        std::size_t j = i;
        while (j + 1 < s.size() && !finite(s[j + 1]))
            ++j;
        const double from = i > 0 ? boundary(p, s[i - 1].x, s[i].x) : s[i].x;
        const double to = j + 1 < s.size() ? boundary(p, s[j + 1].x, s[j].x) : s[j].x;
        out.undefined.push_back({from, to});
        i = j;
    }
}

} // namespace

FormulaProperties analyse(const CompiledFunction& f, std::span<const double> params, double min,
                          double max, std::size_t count) {
    if (count < 3 || !(min < max) || !std::isfinite(min) || !std::isfinite(max))
        throw std::invalid_argument("analyse: at least 3 points over a finite range");
    Curve c;
    c.x.resize(count);
    c.value.resize(count);
    c.derivative.resize(count);
    linspace(min, max, c.x);
    f.evaluate(params, c.x, c.value, c.derivative);
    std::vector<Sample> s(count);
    for (std::size_t i = 0; i < count; ++i)
        s[i] = {c.x[i], c.value[i], c.derivative[i]};

    FormulaProperties out;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    out.min_value = nan;
    out.max_value = nan;
    bool rising = true;
    bool falling = true;
    const Sample* previous = nullptr;
    for (const Sample& p : s) {
        if (!finite(p)) continue;
        out.min_value = std::isnan(out.min_value) ? p.v : std::min(out.min_value, p.v);
        out.max_value = std::isnan(out.max_value) ? p.v : std::max(out.max_value, p.v);
        rising = rising && !(p.d < 0.0) && (!previous || p.v >= previous->v);
        falling = falling && !(p.d > 0.0) && (!previous || p.v <= previous->v);
        previous = &p;
    }
    out.monotonic = previous != nullptr && (rising || falling);

    const Prober probe(f, params);
    const Sample zero = probe.at(0.0);
    const double lo = std::fabs(out.min_value);
    const double hi = out.max_value;
    out.zero_centred = zero.v == 0.0 && out.min_value < 0.0 && hi > 0.0 &&
                       std::min(lo, hi) >= std::max(lo, hi) / 3.0;

    out.saturated = saturation_intervals(c);
    find_undefined(probe, s, out);
    find_kinks(probe, s, out);
    std::sort(out.undefined.begin(), out.undefined.end(),
              [](const Interval& a, const Interval& b) { return a.from < b.from; });
    return out;
}

} // namespace activa
