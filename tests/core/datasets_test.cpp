// SPDX-License-Identifier: MIT
// The training lab's datasets: six of TensorFlow Playground's, built as its src/dataset.ts
// builds them, and three of Activa's own.
#include <activa/datasets.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

namespace {

using activa::DatasetId;
using activa::DatasetSource;

// FNV-1a over the bits of every coordinate and target, and the split.
std::uint64_t fingerprint(const activa::Dataset& d) {
    std::uint64_t h = 1469598103934665603ULL;
    const auto mix = [&h](std::uint64_t v) {
        for (int byte = 0; byte < 8; ++byte) {
            h ^= (v >> (8 * byte)) & 0xFF;
            h *= 1099511628211ULL;
        }
    };
    for (const double v : d.x)
        mix(std::bit_cast<std::uint64_t>(v));
    for (const double v : d.y)
        mix(std::bit_cast<std::uint64_t>(v));
    mix(d.train_count);
    return h;
}

// Taken from the sets as they were before the Gaussian regression set came: a new set must not
// change what a seed gives for the others.
TEST(Datasets, TheEarlierSetsAreTheSameBitsForTheSameSeed) {
    struct Pinned {
        DatasetId id;
        std::uint64_t bits;
    };
    const std::array<Pinned, 8> pinned{{
        {DatasetId::Circle, 2547865650656072782ULL},
        {DatasetId::Xor, 3686531910274791353ULL},
        {DatasetId::Gaussians, 16988554442371924632ULL},
        {DatasetId::Spiral, 17344068661993879123ULL},
        {DatasetId::Spiral3, 4316375815552289335ULL},
        {DatasetId::Multilabel, 12138511294852192288ULL},
        {DatasetId::Plane, 2460034370361541521ULL},
        {DatasetId::Sine, 4765026511405469594ULL},
    }};
    for (const Pinned& p : pinned)
        EXPECT_EQ(fingerprint(activa::make_dataset(p.id, 500, 0.1, 0.5, 1)), p.bits)
            << activa::dataset_info(p.id).key;
}

TEST(Datasets, SixArePlaygroundsAndThreeActivasOwn) {
    std::vector<std::string_view> playground;
    std::vector<std::string_view> own;
    for (const auto& d : activa::datasets())
        (d.source == DatasetSource::Playground ? playground : own).push_back(d.key);
    // Playground's classification sets and its two regression sets (regressPlane,
    // regressGaussian).
    EXPECT_EQ(playground, (std::vector<std::string_view>{"circle", "xor", "gaussians", "spiral",
                                                         "plane", "multigaussian"}));
    EXPECT_EQ(own, (std::vector<std::string_view>{"spiral3", "multilabel", "sine"}));
    EXPECT_EQ(activa::dataset_source_key(DatasetSource::Playground), "playground");
    EXPECT_EQ(activa::dataset_source_key(DatasetSource::Activa), "activa");
}

// Playground's regressGaussian, written out from its source: six centres, the sign alternating
// along each row and down each column; a distance of 0 to 2 is scaled to a height of 1 to 0
// (clamped), and the centre of the largest height in magnitude gives the value.
double playground_regress_gaussian(double x, double y) {
    const double gaussians[6][3] = {{-4, 2.5, 1},   {0, 2.5, -1}, {4, 2.5, 1},
                                    {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
    double label = 0.0;
    for (const auto& g : gaussians) {
        const double d = std::sqrt((x - g[0]) * (x - g[0]) + (y - g[1]) * (y - g[1]));
        const double scaled = std::min(1.0, std::max(0.0, 1.0 + (d - 0.0) * (0.0 - 1.0) / 2.0));
        const double value = g[2] * scaled;
        if (std::fabs(value) > std::fabs(label)) label = value;
    }
    return label;
}

TEST(Datasets, MultiGaussianIsPlaygroundsRegressGaussian) {
    const auto& info = activa::dataset_info(DatasetId::MultiGaussian);
    EXPECT_EQ(info.problem, activa::ProblemType::Regression);
    EXPECT_EQ(info.outputs, 1u);
    EXPECT_EQ(activa::parse_dataset("multigaussian"), DatasetId::MultiGaussian);
    // Without noise each point carries the value at its own place.
    const auto d = activa::make_dataset(DatasetId::MultiGaussian, 2000, 0.0, 0.5, 3);
    ASSERT_EQ(d.size(), 2000u);
    double lo = 0.0;
    double hi = 0.0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        const double x = d.x[2 * i];
        const double y = d.x[2 * i + 1];
        EXPECT_LE(std::fabs(x), 6.0);
        EXPECT_LE(std::fabs(y), 6.0);
        const double value = d.y[i] * d.target_std + d.target_mean;
        EXPECT_NEAR(value, playground_regress_gaussian(x, y), 1e-12) << x << ", " << y;
        lo = std::min(lo, value);
        hi = std::max(hi, value);
    }
    // Bumps of both signs, nearly reaching their heights among 2000 points.
    EXPECT_LT(lo, -0.9);
    EXPECT_GT(hi, 0.9);
}

TEST(Datasets, MultiGaussianNoiseMovesWhereTheValueIsRead) {
    const auto clean = activa::make_dataset(DatasetId::MultiGaussian, 500, 0.0, 0.5, 5);
    const auto noisy = activa::make_dataset(DatasetId::MultiGaussian, 500, 0.3, 0.5, 5);
    // The same places (every point draws its noise, whatever its size), other values.
    EXPECT_EQ(clean.x, noisy.x);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < clean.size(); ++i) {
        const double x = noisy.x[2 * i];
        const double y = noisy.x[2 * i + 1];
        const double value = noisy.y[i] * noisy.target_std + noisy.target_mean;
        differ += std::fabs(value - playground_regress_gaussian(x, y)) > 1e-9 ? 1 : 0;
    }
    EXPECT_GT(differ, 100u);
}

} // namespace
