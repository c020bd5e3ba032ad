// SPDX-License-Identifier: MIT
#include <activa/csv.hpp>
#include <activa/training.hpp>

#include "central_difference.hpp"
#include "training_helpers.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <numeric>
#include <string>
#include <tuple>
#include <vector>

namespace {

using activa::ActivationId;
using activa::DatasetId;
using activa::LossKind;
using activa::OutputActivation;
using activa::Trainer;
using activa::TrainSettings;

using activa::test::spiral_race;

// Gradient check as torch.autograd.gradcheck does it: every parameter, central differences.
using GradCase = std::tuple<OutputActivation, LossKind, ActivationId>;
class TrainGradient : public ::testing::TestWithParam<GradCase> {};

TEST_P(TrainGradient, MatchesFiniteDifferences) {
    const auto [output, loss, activation] = GetParam();
    for (const DatasetId dataset : {DatasetId::Spiral3, DatasetId::Circle}) {
        TrainSettings s;
        s.dataset = dataset;
        s.points = 40;
        s.activation = activation;
        s.hidden_layers = 2;
        s.units = 5;
        s.output = output;
        s.loss = loss;
        s.l2 = 0.01;
        s.seed = 3;
        const Trainer t(s);
        const std::vector<std::size_t> points{0, 3, 5, 7, 11, 12};
        std::vector<double> grad(t.parameter_count());
        std::vector<double> unused(t.parameter_count());
        Trainer probe(s);
        probe.loss_and_gradient(points, unused); // warm: same object for every evaluation
        t.loss_and_gradient(points, grad);
        const std::vector<double> theta = t.parameters();
        for (std::size_t i = 0; i < theta.size(); ++i) {
            const double numeric = activa::test::central_difference(
                [&](const std::vector<double>& at) {
                    probe.set_parameters(at);
                    return probe.loss_and_gradient(points, unused);
                },
                theta, i, 1e-6);
            EXPECT_NEAR(grad[i], numeric, 1e-7 + 1e-5 * std::fabs(numeric))
                << activa::dataset_info(dataset).key << " parameter " << i;
        }
    }
}

std::string grad_case_name(const ::testing::TestParamInfo<GradCase>& p) {
    std::string name = std::string(activa::output_activation_key(std::get<0>(p.param))) + "_" +
                       std::string(activa::loss_key(std::get<1>(p.param))) + "_" +
                       std::string(activa::info(std::get<2>(p.param)).key);
    std::erase(name, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(
    Train, TrainGradient,
    ::testing::Combine(::testing::Values(OutputActivation::Linear, OutputActivation::Sigmoid,
                                         OutputActivation::Softmax),
                       ::testing::Values(LossKind::MeanSquaredError, LossKind::BinaryCrossentropy,
                                         LossKind::CategoricalCrossentropy),
                       ::testing::Values(ActivationId::Tanh, ActivationId::Gelu,
                                         ActivationId::Softplus, ActivationId::Elu)),
    grad_case_name);

TEST(TrainDeterminism, SameSeedGivesIdenticalHistory) {
    TrainSettings s = spiral_race(ActivationId::Tanh, 4);
    s.epochs = 5;
    Trainer a(s);
    Trainer b(s);
    for (int e = 0; e < 5; ++e) {
        const auto x = a.step();
        const auto y = b.step();
        EXPECT_EQ(x.train_loss, y.train_loss);
        EXPECT_EQ(x.test_accuracy, y.test_accuracy);
        EXPECT_EQ(x.grad_norm_first, y.grad_norm_first);
    }
    EXPECT_EQ(a.parameters(), b.parameters());
}

TEST(TrainDeterminism, AnotherSeedGivesAnotherRun) {
    TrainSettings s = spiral_race(ActivationId::Tanh, 4);
    Trainer a(s);
    s.seed = 5;
    Trainer b(s);
    EXPECT_NE(a.step().train_loss, b.step().train_loss);
}

TEST(TrainStep, EpochsCountUpToFinished) {
    TrainSettings s = spiral_race(ActivationId::Relu, 1);
    s.epochs = 2;
    Trainer t(s);
    EXPECT_EQ(t.epoch(), 0u);
    EXPECT_EQ(t.step().epoch, 1u);
    EXPECT_FALSE(t.finished());
    t.step();
    EXPECT_TRUE(t.finished());
    EXPECT_EQ(t.history().size(), 2u);
}

TEST(TrainPredict, GridHoldsProbabilitiesRowByRow) {
    Trainer t(spiral_race(ActivationId::Relu, 1));
    t.step();
    const auto grid = t.predict_grid(-6, 6, -6, 6, 7, 5);
    ASSERT_EQ(grid.size(), 35u);
    for (const double p : grid) {
        EXPECT_GT(p, 0.0);
        EXPECT_LT(p, 1.0);
    }
    std::vector<double> one(1);
    const double corner[] = {6.0, -6.0}; // x_max, y_min: the first row's last node
    t.predict(corner, one);
    EXPECT_NEAR(one[0], grid[6], 1e-12); // one point takes a matrix-vector path
}

// The race's yardsticks; properties that hold for most seeds are counted over five.
TEST(TrainSpiral, ReluHeReachesNinetyPercentForMostSeeds) {
    int good = 0;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        Trainer t(spiral_race(ActivationId::Relu, seed));
        while (!t.finished())
            t.step();
        good += t.history().back().test_accuracy >= 0.9 ? 1 : 0;
    }
    EXPECT_GE(good, 4);
}

TEST(TrainSpiral, ReluEndsWithMuchLowerLossThanSigmoid) {
    for (std::uint64_t seed = 1; seed <= 3; ++seed) {
        const activa::RaceEntry entries[] = {{ActivationId::Relu, {}}, {ActivationId::Sigmoid, {}}};
        const auto race = activa::train_race(spiral_race(ActivationId::Relu, seed), entries);
        const double relu = race.histories[0].back().train_loss;
        const double sigmoid = race.histories[1].back().train_loss;
        EXPECT_LT(relu, 0.5 * sigmoid) << "seed " << seed;
    }
}

TEST(TrainXor, TwoLayerReluLearnsIt) {
    TrainSettings s;
    s.dataset = DatasetId::Xor;
    s.points = 400;
    s.noise = 0.0;
    s.hidden_layers = 2;
    s.units = 8;
    s.epochs = 100;
    Trainer t(s);
    while (!t.finished())
        t.step();
    EXPECT_GE(t.history().back().test_accuracy, 0.95);
}

TEST(TrainRegression, SineTestLossFallsWellBelowTargetVariance) {
    TrainSettings s;
    s.dataset = DatasetId::Sine;
    s.activation = ActivationId::Tanh;
    s.points = 400;
    s.noise = 0.0; // noise moves the inputs the targets were computed at: a floor on the loss
    s.epochs = 200;
    Trainer t(s);
    while (!t.finished())
        t.step();
    // Targets are standardised: their variance is about 1, the loss of predicting the mean.
    EXPECT_LT(t.history().back().test_loss, 0.1);
    EXPECT_TRUE(std::isnan(t.history().back().test_accuracy));
}

TEST(TrainWrongChoice, SoftmaxForMultilabelDoesWorseThanSigmoid) {
    TrainSettings s;
    s.dataset = DatasetId::Multilabel;
    s.epochs = 60;
    Trainer right(s);
    s.output = OutputActivation::Softmax;
    Trainer wrong(s);
    while (!right.finished()) {
        right.step();
        wrong.step();
    }
    EXPECT_GT(right.history().back().test_accuracy, 0.9);
    EXPECT_LT(wrong.history().back().test_accuracy, right.history().back().test_accuracy - 0.1);
}

TEST(TrainDeadUnits, ReluWithNegativeStartCanDie) {
    TrainSettings s = spiral_race(ActivationId::Relu, 1);
    s.learning_rate = 1.0; // far too large: ReLU units are knocked dead
    Trainer t(s);
    for (int e = 0; e < 20; ++e)
        t.step();
    EXPECT_GT(t.history().back().dead_fraction, 0.2);
    TrainSettings calm = spiral_race(ActivationId::Tanh, 1);
    Trainer tanh(calm);
    EXPECT_EQ(tanh.step().dead_fraction, 0.0);
}

TEST(Datasets, ListHasEveryProblemType) {
    const auto list = activa::datasets();
    ASSERT_EQ(list.size(), 9u);
    for (const auto& d : list) {
        EXPECT_EQ(activa::parse_dataset(d.key), d.id);
        EXPECT_FALSE(d.description.empty());
    }
    EXPECT_EQ(activa::dataset_info(DatasetId::Spiral3).outputs, 3u);
    EXPECT_EQ(activa::dataset_info(DatasetId::Multilabel).problem, activa::ProblemType::Multilabel);
    EXPECT_EQ(activa::parse_dataset("moons"), std::nullopt);
}

TEST(Datasets, SpiralSplitsAndLabelsAsPlayground) {
    const auto d = activa::make_dataset(DatasetId::Spiral, 500, 0.0, 0.5, 7);
    EXPECT_EQ(d.size(), 500u);
    EXPECT_EQ(d.train_count, 250u);
    EXPECT_EQ(std::count(d.y.begin(), d.y.end(), 1.0), 250);
    for (std::size_t i = 0; i < d.size(); ++i)
        EXPECT_LE(std::hypot(d.x[2 * i], d.x[2 * i + 1]), 5.0 + 1e-12);
}

TEST(Datasets, SameSeedSameData) {
    const auto a = activa::make_dataset(DatasetId::Gaussians, 100, 0.2, 0.5, 3);
    const auto b = activa::make_dataset(DatasetId::Gaussians, 100, 0.2, 0.5, 3);
    const auto c = activa::make_dataset(DatasetId::Gaussians, 100, 0.2, 0.5, 4);
    EXPECT_EQ(a.x, b.x);
    EXPECT_NE(a.x, c.x);
}

TEST(Datasets, RegressionTargetsAreStandardisedOnTheTrainingPoints) {
    const auto d = activa::make_dataset(DatasetId::Plane, 300, 0.0, 0.5, 1);
    double sum = 0.0;
    double squares = 0.0;
    for (std::size_t i = 0; i < d.train_count; ++i) {
        sum += d.y[i];
        squares += d.y[i] * d.y[i];
    }
    EXPECT_NEAR(sum / static_cast<double>(d.train_count), 0.0, 1e-12);
    EXPECT_NEAR(squares / static_cast<double>(d.train_count), 1.0, 1e-12);
}

TEST(Datasets, Spiral3IsOneHotOverThreeArms) {
    const auto d = activa::make_dataset(DatasetId::Spiral3, 300, 0.1, 0.5, 1);
    std::vector<int> per_class(3, 0);
    for (std::size_t i = 0; i < d.size(); ++i) {
        EXPECT_EQ(d.y[3 * i] + d.y[3 * i + 1] + d.y[3 * i + 2], 1.0);
        for (int c = 0; c < 3; ++c)
            per_class[c] += d.y[3 * i + c] == 1.0 ? 1 : 0;
    }
    EXPECT_EQ(per_class, (std::vector<int>{100, 100, 100}));
}

class StringSink : public activa::OutputSink {
public:
    bool write(std::string_view bytes) override {
        text.append(bytes);
        return true;
    }
    std::string text;
};

TEST(TrainCsv, RowsEpochByEpochWithEmptyAccuracyForRegression) {
    StringSink sink;
    activa::TextWriter w(sink);
    activa::EpochStats e{};
    e.epoch = 1;
    e.train_loss = 0.5;
    e.test_loss = 0.25;
    e.train_accuracy = std::nan("");
    e.test_accuracy = std::nan("");
    e.grad_norm_first = 1e-6;
    e.grad_norm_last = 2;
    e.dead_fraction = 0.125;
    activa::EpochStats f = e;
    f.epoch = 2;
    const std::vector<ActivationId> ids{ActivationId::Sigmoid, ActivationId::Relu};
    const std::vector<std::vector<activa::EpochStats>> histories{{e, f}, {e}};
    activa::write_train_csv(w, ids, histories);
    ASSERT_TRUE(w.finish());
    EXPECT_EQ(sink.text, "activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy,"
                         "first_layer_grad_norm,last_layer_grad_norm,dead_fraction\n"
                         "sigmoid,1,0.5,0.25,,,1e-06,2,0.125\n"
                         "relu,1,0.5,0.25,,,1e-06,2,0.125\n");
}

} // namespace
