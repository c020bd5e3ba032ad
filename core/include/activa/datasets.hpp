// SPDX-License-Identifier: MIT
#pragma once

#include <activa/flowchart.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace activa {

// Points on the plane. Six are TensorFlow Playground's, built as its src/dataset.ts builds them;
// the other three are Activa's own, for the problem types Playground does not have.
enum class DatasetId : std::uint8_t {
    Circle,        // Playground's; binary: a disc inside a ring
    Xor,           // Playground's; binary: opposite quadrants share a label
    Gaussians,     // Playground's; binary: two Gaussian clouds
    Spiral,        // Playground's; binary: two interleaved arms
    Spiral3,       // Activa's; multiclass: three interleaved arms
    Multilabel,    // Activa's; multilabel: "inside the circle" and "above the line"
    Plane,         // Playground's; regression: a tilted plane
    Sine,          // Activa's; regression: sin(x/2)·cos(y/2)
    MultiGaussian, // Playground's; regression: six bumps of height ±1
};

// Whose definition a dataset follows.
enum class DatasetSource : std::uint8_t { Playground, Activa };

struct DatasetInfo {
    DatasetId id;
    std::string_view key; // command-line name
    ProblemType problem;
    std::size_t outputs; // targets per point: 1, or one per class or label
    DatasetSource source;
    std::string_view description; // English, marked for translation in the "core" context
};

std::span<const DatasetInfo> datasets();
// "playground" or "activa", as `activa train --list-datasets` prints it.
std::string_view dataset_source_key(DatasetSource source);
const DatasetInfo& dataset_info(DatasetId id);
std::optional<DatasetId> parse_dataset(std::string_view key);

// Points lie in about [-6, 6]², Playground's plotting domain; a decision map's natural extent.
inline constexpr double kDatasetDomain = 6.0;

struct Dataset {
    DatasetId id{};
    ProblemType problem{};
    std::size_t outputs = 1;
    std::vector<double> x; // two coordinates per point
    std::vector<double> y; // `outputs` targets per point: 0/1 labels, one-hot classes or values
    std::size_t train_count = 0; // the first train_count points train, the rest test
    // Regression targets are standardised with the training points' mean and standard
    // deviation; these turn a prediction back into the surface's units (0 and 1 otherwise).
    double target_mean = 0.0;
    double target_std = 1.0;

    std::size_t size() const { return x.size() / 2; }
    std::size_t test_count() const { return size() - train_count; }
};

// `points` points with the given noise (Playground's scale, 0 to 0.5 useful), shuffled and split
// so the first round(points · train_fraction) train. The same arguments give the same data on
// every platform. Arguments are checked by the training settings' validate().
Dataset make_dataset(DatasetId id, std::size_t points, double noise, double train_fraction,
                     std::uint64_t seed);

} // namespace activa
