// SPDX-License-Identifier: MIT
// The curves view's one state: its rules, and the parts each change announces.
#include "curves/curvesmodel.hpp"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace activa;
using namespace activa::ui;

namespace {

CurvesModel::Parts parts_of(const QSignalSpy& spy, int i) {
    return spy.at(i).at(0).value<CurvesModel::Parts>();
}

} // namespace

TEST(CurvesModel, StartsWithTheArticlesThreeFunctionsAndDescribesTheFirst) {
    const CurvesModel model;
    EXPECT_EQ(model.state(), CurvesState{});
    EXPECT_EQ(model.current(), ActivationId::Sigmoid);
}

TEST(CurvesModel, ValuesAFunctionCannotTakeAreRefusedAndAnnounceNothing) {
    CurvesModel model;
    model.setState({{{ActivationId::Hardtanh, default_params(ActivationId::Hardtanh)}}});
    QSignalSpy spy(&model, &CurvesModel::changed);
    ParamValues crossed = default_params(ActivationId::Hardtanh);
    crossed[0] = 5.0; // min_val past max_val
    EXPECT_FALSE(model.setParams(0, crossed));
    EXPECT_FALSE(model.setParams(3, default_params(ActivationId::Hardtanh)));
    EXPECT_TRUE(model.setParams(0, default_params(ActivationId::Hardtanh))); // the same values
    EXPECT_EQ(spy.size(), 0);
    ParamValues narrower = default_params(ActivationId::Hardtanh);
    narrower[0] = -0.5;
    EXPECT_TRUE(model.setParams(0, narrower));
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(parts_of(spy, 0), CurvesModel::Parts(CurvesModel::Part::Params));
}

TEST(CurvesModel, ARangeIsTakenWithinTheLimitsOnly) {
    CurvesModel model;
    EXPECT_FALSE(model.setRange(1.0, -1.0, 100));
    EXPECT_FALSE(model.setRange(-2.0 * kMaxAbsX, 0.0, 100));
    EXPECT_FALSE(model.setRange(-1.0, 1.0, 1));
    EXPECT_FALSE(model.setRange(-1.0, std::numeric_limits<double>::infinity(), 100));
    EXPECT_TRUE(model.setRange(-1.0, 2.0, 100));
    EXPECT_EQ(model.state().xmin, -1.0);
    EXPECT_EQ(model.state().xmax, 2.0);
    EXPECT_EQ(model.state().points, 100);
}

// Checking a function adds it last at its defaults; when the points of all curves would pass
// kMaxTotalPoints, the points per curve are lowered, and that is said first.
TEST(CurvesModel, CheckingMoreFunctionsLowersThePoints) {
    CurvesModel model;
    CurvesState s;
    s.points = kMaxPoints;
    s.curves = {{ActivationId::Relu, {}}, {ActivationId::Tanh, {}}, {ActivationId::Gelu, {}}};
    model.setState(s);
    QSignalSpy lowered(&model, &CurvesModel::pointsLowered);
    QSignalSpy changed(&model, &CurvesModel::changed);
    model.setChecked(ActivationId::Elu, true);
    model.setChecked(ActivationId::Silu, true);
    EXPECT_EQ(model.state().curves.back().id, ActivationId::Silu);
    EXPECT_EQ(model.state().points, 800000);
    ASSERT_EQ(lowered.size(), 1);
    EXPECT_EQ(lowered.at(0).at(0).toInt(), 800000);
    EXPECT_EQ(lowered.at(0).at(1).toInt(), 5);
    ASSERT_EQ(changed.size(), 2);
    EXPECT_TRUE(parts_of(changed, 1) & CurvesModel::Part::Range);
    model.setChecked(ActivationId::Elu, true); // already checked
    EXPECT_EQ(changed.size(), 2);
}

// Selecting an unchecked function describes it and leaves the shading where it was; a checked
// one is also the one shaded.
TEST(CurvesModel, SelectingDescribesAndShadesOnlyCheckedFunctions) {
    CurvesModel model;
    model.select(ActivationId::Gelu);
    EXPECT_EQ(model.current(), ActivationId::Gelu);
    EXPECT_EQ(model.state().selected, 0);
    model.select(ActivationId::Relu);
    EXPECT_EQ(model.state().selected, 2);
    model.setChecked(ActivationId::Relu, false); // the shading goes to the first
    EXPECT_EQ(model.state().selected, 0);
    EXPECT_EQ(model.paramsOf(ActivationId::Elu), default_params(ActivationId::Elu));
}
