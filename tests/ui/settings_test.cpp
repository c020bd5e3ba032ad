// SPDX-License-Identifier: MIT
#include "common/settings.hpp"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;

namespace {

struct TempSettings {
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("activa.ini")); }
    // A file of exactly these bytes, as a damaged or hand-edited one is.
    void write(const char* bytes) const {
        QFile f(path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
};

// What `load` reads from a file that `save` wrote (with the `saved` arguments) and closed.
template <typename Save, typename Load, typename... Saved>
auto round_trip(Save save, Load load, const Saved&... saved) {
    TempSettings t;
    {
        QSettings q(t.path(), QSettings::IniFormat);
        save(q, saved...);
    }
    QSettings q(t.path(), QSettings::IniFormat);
    return load(q);
}

} // namespace

TEST(Settings, CurvesRoundTrip) {
    CurvesState s;
    s.curves = {{ActivationId::LeakyRelu, {0.3, 0.0}},
                {ActivationId::Hardtanh, {-2.5, 0.1}},
                {ActivationId::Gelu, {}}};
    s.xmin = -3.25;
    s.xmax = 0.1; // not exact in binary: must come back bit for bit
    s.points = 4321;
    s.show_derivative = false;
    s.show_saturation = false;
    s.selected = 2;
    EXPECT_EQ(round_trip(save_curves, load_curves, s), s);
}

TEST(Settings, SoftmaxRoundTrip) {
    SoftmaxState s;
    s.classes = {"cat", "dog, large"};
    s.logits = {0.1, -7.25};
    s.temperature = 0.35;
    EXPECT_EQ(round_trip(save_softmax, load_softmax, s), s);
}

TEST(Settings, EmptyFileGivesDefaults) {
    TempSettings t;
    QSettings q(t.path(), QSettings::IniFormat);
    EXPECT_EQ(load_curves(q), CurvesState{});
    EXPECT_EQ(load_softmax(q), SoftmaxState{});
}

TEST(Settings, CorruptValuesFallBackToDefaults) {
    TempSettings t;
    ASSERT_NO_FATAL_FAILURE(
        t.write("[curves]\nfunctions=nosuch, elu:abc, leaky_relu:5, hardtanh:3:1, relu\n"
                "xmin=nan\nxmax=zz\npoints=-4\nselected=99\n"
                "[softmax]\nclasses=a, b\nlogits=1, inf\ntemperature=0\n"
                "\x01\x02 garbage line without equals\n"));
    QSettings q(t.path(), QSettings::IniFormat);
    const CurvesState c = load_curves(q);
    ASSERT_EQ(c.curves.size(), 4U); // the unknown id is dropped
    EXPECT_EQ(c.curves[0].id, ActivationId::Elu);
    EXPECT_EQ(c.curves[0].params, default_params(ActivationId::Elu));
    EXPECT_EQ(c.curves[1].params, default_params(ActivationId::LeakyRelu)); // 5 is out of range
    EXPECT_EQ(c.curves[2].params, default_params(ActivationId::Hardtanh));  // min_val > max_val
    EXPECT_EQ(c.xmin, CurvesState{}.xmin);
    EXPECT_EQ(c.xmax, CurvesState{}.xmax);
    EXPECT_EQ(c.points, CurvesState{}.points);
    EXPECT_EQ(c.selected, 0);
    EXPECT_EQ(load_softmax(q), SoftmaxState{});
}

TEST(Settings, GradFlowRoundTrip) {
    GradFlowState s;
    s.curves = {{ActivationId::Gelu, InitScheme::LecunNormal},
                {ActivationId::Relu, InitScheme::Normal}};
    s.depth = 50;
    s.width = 96;
    s.batch = 33;
    s.normal_std = 0.1; // not exact in binary: must come back bit for bit
    s.bias = -0.25;
    s.seed = 9007199254740993ULL; // beyond a double's integers
    EXPECT_EQ(round_trip(save_gradflow, load_gradflow, s), s);
}

TEST(Settings, TrainingRoundTrip) {
    TrainingState s;
    s.race = {{ActivationId::Elu, ParamValues{0.3, 0.0}}, {ActivationId::Tanh, std::nullopt}};
    TrainSettings& x = s.settings;
    x.dataset = DatasetId::Gaussians;
    x.points = 321;
    x.noise = 0.35;
    x.train_fraction = 0.7;
    x.data_seed = 12;
    x.hidden_layers = 7;
    x.units = 5;
    x.init = InitScheme::Normal;
    x.normal_std = 0.05;
    x.output = OutputActivation::Sigmoid;
    x.loss = Loss::MeanSquaredError;
    x.optimizer = Optimizer::Sgd;
    x.learning_rate = 0.003;
    x.momentum = 0.8;
    x.batch_size = 17;
    x.l2 = 0.001;
    x.epochs = 77;
    x.seed = 42;
    ASSERT_EQ(*checked(s, OnInvalid::UseDefault), s);
    const auto [loaded, pace] = round_trip(save_training, load_training, s, 10);
    EXPECT_EQ(loaded, s);
    EXPECT_EQ(pace, 10);
}

TEST(Settings, LabSettingsThatAreCorruptFallBackToDefaults) {
    TempSettings t;
    ASSERT_NO_FATAL_FAILURE(
        t.write("[gradflow]\ncurves=nosuch:he_uniform, relu:nosuch\ndepth=-3\nwidth=abc\n"
                "bias=nan\nseed=x\n"
                "[training]\nrace=nosuch\ndataset=moon\npoints=0\nepochs=99999999999\n"
                "optimizer=rmsprop\nlearningRate=inf\npace=-7\n"
                "[view]\nhiddenCurves=relu, nosuch\n"));
    QSettings q(t.path(), QSettings::IniFormat);
    const GradFlowState g = load_gradflow(q);
    ASSERT_EQ(g.curves.size(), 1U);
    EXPECT_EQ(g.curves[0].activation, ActivationId::Relu);
    EXPECT_EQ(g.curves[0].init, recommended_init(ActivationId::Relu));
    EXPECT_EQ(g.depth, GradFlowState{}.depth);
    EXPECT_EQ(g.width, GradFlowState{}.width);
    EXPECT_EQ(g.bias, GradFlowState{}.bias);
    const auto [race, pace] = load_training(q);
    EXPECT_EQ(race, TrainingState{});
    EXPECT_EQ(pace, -1);
    EXPECT_EQ(load_hidden_curves(q), std::vector<ActivationId>{ActivationId::Relu});
}
