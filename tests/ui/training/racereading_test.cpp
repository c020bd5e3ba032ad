// SPDX-License-Identifier: MIT
// The reading under a race says what happened first, then what the first layer's gradient had
// to do with it: races on circle, trained by the core engine the window runs.
#include "training/racereading.hpp"

#include <activa/training.hpp>

#include <QLocale>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;

namespace {

TrainingState circle_race(Optimizer optimizer) {
    TrainingState s;
    s.settings.dataset = DatasetId::Circle;
    s.settings.optimizer = optimizer;
    s.race = {{ActivationId::Relu, {}}, {ActivationId::Sigmoid, {}}};
    return s;
}

std::vector<std::vector<EpochStats>> run(const TrainingState& s) {
    return train_race(s.settings, s.race).histories;
}

QString accuracy(const EpochStats& e) {
    return QStringLiteral("%1%").arg(QLocale().toString(100.0 * e.test_accuracy, 'f', 1));
}

} // namespace

// Adam: sigmoid's first layer gets a hundredth of ReLU's gradient, yet it ends level with ReLU.
TEST(RaceReading, AdamMakesUpForSigmoidsSmallGradient) {
    const TrainingState s = circle_race(Optimizer::Adam);
    const auto h = run(s);
    const EpochStats& relu = h[0].back();
    const EpochStats& sigmoid = h[1].back();
    ASSERT_NEAR(sigmoid.test_accuracy, relu.test_accuracy, 0.02); // what the race shows
    const QString text = race_reading(s, h);
    // The outcome first, with both accuracies (or their tie) and both losses.
    EXPECT_TRUE(text.startsWith(QStringLiteral("At epoch 300, "))) << text.toStdString();
    EXPECT_TRUE(text.contains(accuracy(relu))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(relu.test_loss, 'g', 3))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(sigmoid.test_loss, 'g', 3)));
    // Then the gradient, and that the optimiser made up for it.
    const qsizetype gradient = text.indexOf(QStringLiteral("Sigmoid's first layer received"));
    EXPECT_GT(gradient, text.indexOf(accuracy(relu))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Adam scales each step"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("vanishing gradient the article warns about")))
        << text.toStdString();
}

// SGD: the same small gradient, and sigmoid stays near chance; the reading says why.
TEST(RaceReading, WithSgdTheSmallGradientHoldsSigmoidBack) {
    const TrainingState s = circle_race(Optimizer::Sgd);
    const auto h = run(s);
    const EpochStats& relu = h[0].back();
    const EpochStats& sigmoid = h[1].back();
    ASSERT_LT(sigmoid.test_accuracy, relu.test_accuracy - 0.3);
    const QString text = race_reading(s, h);
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("At epoch 300, ReLU leads with %1 test accuracy").arg(accuracy(relu))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ahead of Sigmoid"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Sigmoid's first layer received")));
    EXPECT_TRUE(text.contains(QStringLiteral("With SGD a step is as small as its gradient")));
    EXPECT_TRUE(text.contains(QStringLiteral("vanishing gradient the article warns about")));
}

// The share is written as it is: 0.75 %, not rounded to 1 % or to 10⁻².
TEST(RaceReading, TheShareOfTheGradientKeepsTwoDigits) {
    const TrainingState s = circle_race(Optimizer::Adam);
    const auto h = run(s);
    const QString text = race_reading(s, h);
    const QRegularExpression share(QStringLiteral("received (\\d+(\\.\\d+)?)% of the gradient"));
    const auto match = share.match(text);
    ASSERT_TRUE(match.hasMatch()) << text.toStdString();
    const double percent = match.captured(1).toDouble();
    EXPECT_GT(percent, 0.1);
    EXPECT_LT(percent, 10.0);
    EXPECT_TRUE(match.captured(1).contains(QLatin1Char('.'))) << text.toStdString();
}
