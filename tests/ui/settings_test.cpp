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
};

} // namespace

TEST(Settings, CurvesRoundTrip) {
    TempSettings t;
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
    {
        QSettings q(t.path(), QSettings::IniFormat);
        save_curves(q, s);
    }
    QSettings q(t.path(), QSettings::IniFormat);
    EXPECT_EQ(load_curves(q), s);
}

TEST(Settings, SoftmaxRoundTrip) {
    TempSettings t;
    SoftmaxState s;
    s.classes = {"cat", "dog, large"};
    s.logits = {0.1, -7.25};
    s.temperature = 0.35;
    {
        QSettings q(t.path(), QSettings::IniFormat);
        save_softmax(q, s);
    }
    QSettings q(t.path(), QSettings::IniFormat);
    EXPECT_EQ(load_softmax(q), s);
}

TEST(Settings, EmptyFileGivesDefaults) {
    TempSettings t;
    QSettings q(t.path(), QSettings::IniFormat);
    EXPECT_EQ(load_curves(q), CurvesState{});
    EXPECT_EQ(load_softmax(q), SoftmaxState{});
}

TEST(Settings, CorruptValuesFallBackToDefaults) {
    TempSettings t;
    {
        QFile f(t.path());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("[curves]\nfunctions=nosuch, elu:abc, leaky_relu:5, hardtanh:3:1, relu\n"
                "xmin=nan\nxmax=zz\npoints=-4\nselected=99\n"
                "[softmax]\nclasses=a, b\nlogits=1, inf\ntemperature=0\n"
                "\x01\x02 garbage line without equals\n");
    }
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
