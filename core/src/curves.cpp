// SPDX-License-Identifier: MIT
#include <activa/curves.hpp>
#include <activa/functions.hpp>
#include <activa/numbers.hpp>

#include "checked_functions.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

namespace activa {

Expected<CurvesState> checked(CurvesState s, OnInvalid on_invalid) {
    const bool repair = on_invalid == OnInvalid::UseDefault;
    const CurvesState defaults;
    using Result = Expected<CurvesState>;

    const bool finite = std::isfinite(s.xmin) && std::isfinite(s.xmax);
    if (!finite || std::fabs(s.xmin) > kMaxAbsX || std::fabs(s.xmax) > kMaxAbsX) {
        if (!repair)
            return Result::failure("the x range must be finite and within ±" +
                                   format_number(kMaxAbsX) + ", got " + format_number(s.xmin) +
                                   " to " + format_number(s.xmax));
        s.xmin = defaults.xmin;
        s.xmax = defaults.xmax;
    } else if (!(s.xmin < s.xmax)) {
        if (!repair)
            return Result::failure("the x range must start below its end, got " +
                                   format_number(s.xmin) + " to " + format_number(s.xmax));
        s.xmin = defaults.xmin;
        s.xmax = defaults.xmax;
    }
    if (s.points < kMinPoints || s.points > kMaxPoints) {
        if (!repair)
            return Result::failure(
                "the number of points must be between " + std::to_string(kMinPoints) + " and " +
                std::to_string(kMaxPoints) + ", got " + std::to_string(s.points));
        s.points = defaults.points;
    }

    auto curves = checked_functions(s.curves, &CurveSpec::id, repair, [&](CurveSpec& c) {
        if (const auto ok = validate_params(c.id, c.params); !ok) {
            if (!repair) return ok.error();
            c.params = default_params(c.id);
        }
        return std::string();
    });
    if (!curves) return Result::failure(curves.error());
    s.curves = std::move(*curves);

    const auto total = static_cast<long long>(s.curves.size()) * s.points;
    if (total > kMaxTotalPoints) {
        if (!repair)
            return Result::failure(std::to_string(s.curves.size()) + " curves of " +
                                   std::to_string(s.points) + " points are more than " +
                                   std::to_string(kMaxTotalPoints) + " points in all");
        s.points = defaults.points;
    }

    const int n = static_cast<int>(s.curves.size());
    if (s.selected < -1 || s.selected >= n) {
        if (!repair)
            return Result::failure("the selected curve must be -1 or an index below " +
                                   std::to_string(n) + ", got " + std::to_string(s.selected));
        s.selected = n == 0 ? -1 : 0;
    }
    return s;
}

std::vector<Interval> saturation_intervals(const Curve& c, std::size_t max_intervals) {
    std::vector<Interval> out;
    const std::size_t n = std::min(c.x.size(), c.derivative.size());
    auto saturated = [&](std::size_t i) {
        return std::fabs(c.derivative[i]) < kSaturationThreshold;
    };
    std::size_t i = 0;
    while (i < n && out.size() < max_intervals) {
        if (!saturated(i)) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j + 1 < n && saturated(j + 1))
            ++j;
        // The points just outside count too: a grid point can land on the zero itself, with
        // the slopes of both signs beyond the band.
        bool positive = false;
        bool negative = false;
        for (std::size_t k = i == 0 ? 0 : i - 1; k <= std::min(j + 1, n - 1); ++k) {
            positive = positive || c.derivative[k] > 0.0;
            negative = negative || c.derivative[k] < 0.0;
        }
        if (!(positive && negative)) {
            const double from = i == 0 ? c.x[0] : 0.5 * (c.x[i - 1] + c.x[i]);
            const double to = j + 1 == n ? c.x[n - 1] : 0.5 * (c.x[j] + c.x[j + 1]);
            out.push_back({from, to});
        }
        i = j + 1;
    }
    return out;
}

BandSlopes band_slopes(const Curve& c, std::span<const Interval> intervals) {
    BandSlopes found;
    const std::size_t n = std::min(c.x.size(), c.derivative.size());
    // Both ascend: one pass over the points, moving to the next interval as x passes its end.
    std::size_t b = 0;
    for (std::size_t i = 0; i < n && b < intervals.size(); ++i) {
        while (b < intervals.size() && c.x[i] > intervals[b].to)
            ++b;
        if (b == intervals.size() || c.x[i] < intervals[b].from) continue;
        const double slope = std::fabs(c.derivative[i]);
        if (slope == 0.0)
            found.zero = true;
        else if (slope < kSaturationThreshold)
            found.small = true;
    }
    return found;
}

SaturationBands::SaturationBands(ActivationId id, const ParamValues& params) {
    // A step of 0.001: a zero crossing leaves a band about 0.01 / |f″| wide, 0.01 for sin.
    constexpr std::size_t kPoints = 40'001;
    m_bands = saturation_intervals(
        evaluate_range(id, params, -kSaturationReach, kSaturationReach, kPoints), kPoints);
}

bool SaturationBands::saturated(double x, double slope) const {
    const double size = std::fabs(slope);
    if (!(size > 0.0 && size < kSaturationThreshold)) return false;
    if (!(std::fabs(x) <= kSaturationReach)) return true;
    // The last band starting at or before x.
    const auto after = std::upper_bound(m_bands.begin(), m_bands.end(), x,
                                        [](double v, const Interval& b) { return v < b.from; });
    return after != m_bands.begin() && x <= std::prev(after)->to;
}

} // namespace activa
