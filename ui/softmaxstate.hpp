// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace activa::ui {

// What the softmax picture depends on; the article's example by default.
struct SoftmaxState {
    QStringList classes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    std::vector<double> logits{1.0, 3.0, 2.0};
    double temperature = 1.0;
    bool operator==(const SoftmaxState&) const = default;
};

inline constexpr double kMinTemperature = 0.05;
inline constexpr double kMaxTemperature = 20.0;
inline constexpr int kMaxClassesShown = 100;

} // namespace activa::ui
