// SPDX-License-Identifier: MIT
#include <activa/datasets.hpp>
#include <activa/random.hpp>

#include "tables.hpp"
#include "text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace activa {
namespace {

// A point drawn uniformly over the domain, and the noise that moves where its label is read.
struct NoisyPoint {
    double x;
    double y;
    double nx;
    double ny;
};
NoisyPoint uniform_point(Rng& rng, double noise) {
    const double x = rng.uniform(-kDatasetDomain, kDatasetDomain);
    const double y = rng.uniform(-kDatasetDomain, kDatasetDomain);
    const double nx = rng.uniform(-kDatasetDomain, kDatasetDomain) * noise;
    const double ny = rng.uniform(-kDatasetDomain, kDatasetDomain) * noise;
    return {x, y, nx, ny};
}

using enum DatasetId;
constexpr ProblemType Regression = ProblemType::Regression;
constexpr ProblemType Binary = ProblemType::Binary;

constexpr DatasetSource Playground = DatasetSource::Playground;
constexpr DatasetSource Activa = DatasetSource::Activa;

constexpr std::array<DatasetInfo, 9> kDatasets{{
    {Circle, "circle", Binary, 1, Playground,
     ACTIVA_TR("core", "Binary: a disc of one class inside a ring of the other")},
    {Xor, "xor", Binary, 1, Playground,
     ACTIVA_TR("core", "Binary: points whose coordinates have the same sign")},
    {Gaussians, "gaussians", Binary, 1, Playground,
     ACTIVA_TR("core", "Binary: two Gaussian clouds")},
    {Spiral, "spiral", Binary, 1, Playground,
     ACTIVA_TR("core", "Binary: two interleaved spiral arms")},
    {Spiral3, "spiral3", ProblemType::Multiclass, 3, Activa,
     ACTIVA_TR("core", "Multiclass: three interleaved spiral arms")},
    {Multilabel, "multilabel", ProblemType::Multilabel, 2, Activa,
     ACTIVA_TR("core", "Multilabel: inside the circle, and above the line; a point can be both")},
    {Plane, "plane", Regression, 1, Playground, ACTIVA_TR("core", "Regression: a tilted plane")},
    {Sine, "sine", Regression, 1, Activa,
     ACTIVA_TR("core", "Regression: a sine surface, sin(x/2)·cos(y/2)")},
    {MultiGaussian, "multigaussian", Regression, 1, Playground,
     ACTIVA_TR("core", "Regression: six bumps in two rows, of height 1 and −1 in turn")},
}};

static_assert(detail::in_enum_order(kDatasets, &DatasetInfo::id),
              "datasets() is indexed by DatasetId");

constexpr double kPi = std::numbers::pi;

struct Builder {
    Dataset& d;
    void add(double x, double y, std::initializer_list<double> targets) {
        d.x.push_back(x);
        d.x.push_back(y);
        d.y.insert(d.y.end(), targets);
    }
};

// Playground's spiral: r = 5 i / n, t = 1.75 · 2π i / n + δ, uniform noise on both coordinates.
void spiral_arm(Builder& b, Rng& rng, std::size_t n, double delta, double noise,
                std::initializer_list<double> targets) {
    for (std::size_t i = 0; i < n; ++i) {
        const double f = static_cast<double>(i) / static_cast<double>(n);
        const double r = 5.0 * f;
        const double t = 1.75 * f * 2.0 * kPi + delta;
        const double x = r * std::sin(t) + rng.uniform(-1.0, 1.0) * noise;
        const double y = r * std::cos(t) + rng.uniform(-1.0, 1.0) * noise;
        b.add(x, y, targets);
    }
}

// Playground's circle: the label comes from the noisy position, the point is stored without it.
void circle_points(Builder& b, Rng& rng, std::size_t n, double r_min, double r_max, double noise) {
    constexpr double radius = 5.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double r = rng.uniform(r_min, r_max);
        const double angle = rng.uniform(0.0, 2.0 * kPi);
        const double x = r * std::sin(angle);
        const double y = r * std::cos(angle);
        const double nx = rng.uniform(-radius, radius) * noise;
        const double ny = rng.uniform(-radius, radius) * noise;
        const bool inside = std::hypot(x + nx, y + ny) < radius * 0.5;
        b.add(x, y, {inside ? 1.0 : 0.0});
    }
}

// Playground's regressGaussian: six centres in two rows with signs alternating along each row
// and down each column; a point's value is that of the centre whose cone is highest there,
// sign · max(0, 1 − d/2) at distance d, read at the noisy position.
double multigaussian_value(double x, double y) {
    struct Centre {
        double x;
        double y;
        double sign;
    };
    constexpr std::array<Centre, 6> kCentres{
        {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}}};
    double value = 0.0;
    for (const Centre& c : kCentres) {
        const double height =
            c.sign * std::clamp(1.0 - std::hypot(x - c.x, y - c.y) / 2.0, 0.0, 1.0);
        if (std::fabs(height) > std::fabs(value)) value = height; // the first of equals stays
    }
    return value;
}

void generate(DatasetId id, std::size_t points, double noise, Rng& rng, Builder& b) {
    const std::size_t half = points / 2;
    const std::size_t other = points - half;
    switch (id) {
    case Circle:
        circle_points(b, rng, other, 0.0, 2.5, noise);
        circle_points(b, rng, half, 3.5, 5.0, noise);
        return;
    case Xor:
        for (std::size_t i = 0; i < points; ++i) {
            constexpr double padding = 0.3;
            double x = rng.uniform(-5.0, 5.0);
            x += x > 0 ? padding : -padding;
            double y = rng.uniform(-5.0, 5.0);
            y += y > 0 ? padding : -padding;
            const double nx = rng.uniform(-5.0, 5.0) * noise;
            const double ny = rng.uniform(-5.0, 5.0) * noise;
            b.add(x, y, {(x + nx) * (y + ny) >= 0 ? 1.0 : 0.0});
        }
        return;
    case Gaussians: {
        // Playground maps noise 0..0.5 linearly to a variance of 0.5..4.
        const double sd = std::sqrt(0.5 + 7.0 * noise);
        for (std::size_t i = 0; i < other; ++i) {
            const double x = rng.normal(2.0, sd);
            b.add(x, rng.normal(2.0, sd), {1.0});
        }
        for (std::size_t i = 0; i < half; ++i) {
            const double x = rng.normal(-2.0, sd);
            b.add(x, rng.normal(-2.0, sd), {0.0});
        }
        return;
    }
    case Spiral:
        spiral_arm(b, rng, other, 0.0, noise, {1.0});
        spiral_arm(b, rng, half, kPi, noise, {0.0});
        return;
    case Spiral3: {
        const std::size_t third = points / 3;
        spiral_arm(b, rng, points - 2 * third, 0.0, noise, {1.0, 0.0, 0.0});
        spiral_arm(b, rng, third, 2.0 * kPi / 3.0, noise, {0.0, 1.0, 0.0});
        spiral_arm(b, rng, third, 4.0 * kPi / 3.0, noise, {0.0, 0.0, 1.0});
        return;
    }
    case Multilabel:
        for (std::size_t i = 0; i < points; ++i) {
            const auto [x, y, nx, ny] = uniform_point(rng, noise);
            const bool inside = std::hypot(x + nx - 1.0, y + ny - 1.0) < 3.5;
            const bool above = y + ny > 0.5 * (x + nx) - 1.0;
            b.add(x, y, {inside ? 1.0 : 0.0, above ? 1.0 : 0.0});
        }
        return;
    case Plane:
    case Sine:
        for (std::size_t i = 0; i < points; ++i) {
            const auto [x, y, nx, ny] = uniform_point(rng, noise);
            const double target = id == Plane ? (x + nx + y + ny) / 10.0
                                              : std::sin((x + nx) / 2.0) * std::cos((y + ny) / 2.0);
            b.add(x, y, {target});
        }
        return;
    case MultiGaussian:
        for (std::size_t i = 0; i < points; ++i) {
            const auto [x, y, nx, ny] = uniform_point(rng, noise);
            b.add(x, y, {multigaussian_value(x + nx, y + ny)});
        }
        return;
    }
}

} // namespace

std::span<const DatasetInfo> datasets() {
    return kDatasets;
}

std::string_view dataset_source_key(DatasetSource source) {
    return source == DatasetSource::Playground ? "playground" : "activa";
}

const DatasetInfo& dataset_info(DatasetId id) {
    return kDatasets[static_cast<std::size_t>(id)];
}

std::optional<DatasetId> parse_dataset(std::string_view key) {
    return detail::find_keyed(kDatasets, key, &DatasetInfo::key, &DatasetInfo::id);
}

Dataset make_dataset(DatasetId id, std::size_t points, double noise, double train_fraction,
                     std::uint64_t seed) {
    const DatasetInfo& meta = dataset_info(id);
    Dataset d;
    d.id = id;
    d.problem = meta.problem;
    d.outputs = meta.outputs;
    d.x.reserve(2 * points);
    d.y.reserve(meta.outputs * points);
    Rng rng(seed);
    Builder b{d};
    generate(id, points, noise, rng, b);

    // Fisher–Yates over points, so train and test mix the classes.
    const std::size_t k = d.outputs;
    for (std::size_t i = points; i > 1; --i) {
        const std::size_t j = rng.below(i);
        const std::size_t last = i - 1;
        std::swap(d.x[2 * last], d.x[2 * j]);
        std::swap(d.x[2 * last + 1], d.x[2 * j + 1]);
        for (std::size_t c = 0; c < k; ++c)
            std::swap(d.y[k * last + c], d.y[k * j + c]);
    }
    d.train_count =
        static_cast<std::size_t>(std::llround(static_cast<double>(points) * train_fraction));

    if (d.problem == Regression && d.train_count > 0) {
        double sum = 0.0;
        for (std::size_t i = 0; i < d.train_count; ++i)
            sum += d.y[i];
        const double mean = sum / static_cast<double>(d.train_count);
        double squares = 0.0;
        for (std::size_t i = 0; i < d.train_count; ++i)
            squares += (d.y[i] - mean) * (d.y[i] - mean);
        const double sd = std::sqrt(squares / static_cast<double>(d.train_count));
        d.target_mean = mean;
        d.target_std = sd > 0.0 ? sd : 1.0;
        for (double& t : d.y)
            t = (t - d.target_mean) / d.target_std;
    }
    return d;
}

} // namespace activa
