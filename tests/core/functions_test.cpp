// SPDX-License-Identifier: MIT
// Typed functions join the catalogue: everything that takes a built-in's id takes theirs, and a
// typed formula that is a built-in gives the built-in's curves, gradient flow and race.
#include <activa/curves.hpp>
#include <activa/functions.hpp>
#include <activa/gradflow.hpp>
#include <activa/init.hpp>
#include <activa/training.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace {

using activa::ActivationId;
using activa::TypedDefinition;

ActivationId define(const std::string& text, activa::TypedRecipe recipe = {},
                    std::vector<activa::TypedParam> params = {}) {
    const auto id = activa::define_function({text, std::move(params), recipe});
    EXPECT_TRUE(id.has_value()) << (id ? "" : id.error().message());
    return id ? *id : ActivationId::Identity;
}

TEST(TypedFunctions, AreFoundEvaluatedAndDescribedLikeBuiltIns) {
    const ActivationId id = define("snake(x, b=1) = x + sin(b*x)^2/b");
    EXPECT_FALSE(activa::is_builtin(id));
    EXPECT_TRUE(activa::is_known(id));
    EXPECT_GE(static_cast<std::size_t>(id), activa::kActivationCount);
    EXPECT_EQ(activa::find_activation("snake"), id);
    const auto& row = activa::info(id);
    EXPECT_EQ(row.id, id);
    EXPECT_EQ(row.key, "snake");
    EXPECT_EQ(row.family, activa::Family::Typed);
    ASSERT_EQ(row.params.size(), 1u);
    EXPECT_EQ(row.params[0].name, "b");
    EXPECT_EQ(activa::default_params(id)[0], 1.0);
    EXPECT_EQ(activa::find_param(id, "b"), 0u);

    activa::ParamValues half = activa::default_params(id);
    half[0] = 0.5;
    const double x = 1.25;
    const double s = std::sin(0.5 * x);
    EXPECT_NEAR(activa::value(id, x, half), x + s * s / 0.5, 1e-15);
    EXPECT_NEAR(activa::derivative(id, x, half), 1.0 + 2.0 * s * std::cos(0.5 * x), 1e-15);
    EXPECT_TRUE(activa::validate_params(id, half));
    half[0] = 1e9; // beyond the slider's range
    EXPECT_FALSE(activa::validate_params(id, half));
}

TEST(TypedFunctions, TheRecipeGivesTheInitialisationAndInputs) {
    const ActivationId id =
        define("recipe_he(x) = max(x, 0)", {activa::WeightInit::He, activa::InputScaling::ZeroOne});
    EXPECT_EQ(activa::recommended_init(id), activa::InitScheme::HeUniform);
    EXPECT_EQ(activa::info(id).properties.scaling, activa::InputScaling::ZeroOne);
    const ActivationId plain = define("recipe_plain(x) = x^3");
    EXPECT_EQ(activa::recommended_init(plain), activa::InitScheme::GlorotUniform);
    EXPECT_EQ(activa::info(plain).properties.scaling, activa::InputScaling::Standardised);
}

TEST(TypedFunctions, KinksAreFoundAtTheParameters) {
    const ActivationId id = define("kinked(x, t=1) = where(x < t, 0, x - t)");
    activa::ParamValues p = activa::default_params(id);
    const auto at1 = activa::kinks(id, p);
    ASSERT_EQ(at1.size(), 1u);
    EXPECT_NEAR(at1[0], 1.0, 1e-12);
    p[0] = -2.0;
    const auto at_minus2 = activa::kinks(id, p);
    ASSERT_EQ(at_minus2.size(), 1u);
    EXPECT_NEAR(at_minus2[0], -2.0, 1e-12);
}

// Editing defines anew: the name moves to the new id, the old id keeps working for whatever
// still holds it; forgetting takes the name away only.
TEST(TypedFunctions, RedefiningAndForgettingKeepOldIdsValid) {
    const ActivationId first = define("edited(x) = 2*x");
    const ActivationId second = define("edited(x) = 3*x");
    EXPECT_NE(first, second);
    EXPECT_EQ(activa::find_activation("edited"), second);
    EXPECT_EQ(activa::value(first, 1.0, activa::default_params(first)), 2.0);
    EXPECT_EQ(activa::value(second, 1.0, activa::default_params(second)), 3.0);
    const auto listed = activa::typed_functions();
    EXPECT_EQ(std::count(listed.begin(), listed.end(), first), 0);
    EXPECT_EQ(std::count(listed.begin(), listed.end(), second), 1);
    activa::forget_function(second);
    EXPECT_EQ(activa::find_activation("edited"), std::nullopt);
    EXPECT_TRUE(activa::is_known(second));
    EXPECT_EQ(activa::value(second, 2.0, activa::default_params(second)), 6.0);
}

// A state kept with an older definition's id takes the newest; a forgotten name has left.
TEST(TypedFunctions, AKeptIdStandsForItsNamesNewestDefinition) {
    const ActivationId first = define("kept(x) = 2*x");
    const ActivationId second = define("kept(x) = 3*x");
    EXPECT_EQ(*activa::current_function(first), second);
    EXPECT_EQ(*activa::current_function(second), second);
    EXPECT_EQ(*activa::current_function(ActivationId::Relu), ActivationId::Relu);
    activa::forget_function(second);
    EXPECT_EQ(activa::current_function(first).error(), "function no longer defined");
    EXPECT_EQ(activa::current_function(static_cast<ActivationId>(60000)).error(),
              "unknown function");

    activa::CurvesState curves;
    curves.curves = {{ActivationId::Relu, activa::default_params(ActivationId::Relu)},
                     {first, activa::default_params(first)}};
    const auto repaired = activa::checked(curves, activa::OnInvalid::UseDefault);
    ASSERT_EQ(repaired->curves.size(), 1U);
    EXPECT_EQ(repaired->curves[0].id, ActivationId::Relu);
}

TEST(TypedFunctions, RangesMustHoldTheDefaultAndNamesMustBeTheirs) {
    using activa::FormulaErrorCode;
    const auto outside = activa::define_function({"r1(x, a=5) = a*x", {{"a", 5.0, 0.0, 1.0}}, {}});
    ASSERT_FALSE(outside);
    EXPECT_EQ(outside.error().code, FormulaErrorCode::BadRange);
    const auto reversed =
        activa::define_function({"r2(x, a=0) = a*x", {{"a", 0.0, 1.0, -1.0}}, {}});
    ASSERT_FALSE(reversed);
    EXPECT_EQ(reversed.error().code, FormulaErrorCode::BadRange);
    const auto stranger = activa::define_function({"r3(x) = x", {{"q", 0.0, -1.0, 1.0}}, {}});
    ASSERT_FALSE(stranger);
    EXPECT_EQ(stranger.error().code, FormulaErrorCode::BadRange);
    const auto builtin = activa::define_function({"relu(x) = x", {}, {}});
    ASSERT_FALSE(builtin);
    EXPECT_EQ(builtin.error().code, FormulaErrorCode::NameTaken);
    const ActivationId given = define("r4(x, a=0.5) = a*x", {}, {{"a", 0.5, 0.0, 1.0}});
    EXPECT_EQ(activa::info(given).params[0].min, 0.0);
    EXPECT_EQ(activa::info(given).params[0].max, 1.0);
}

// The formula of a built-in, with the built-in's recipe, runs the same gradient flow to the
// last bit: the labs see no difference between a typed function and a built-in.
TEST(TypedFunctions, TypedSigmoidFlowsLikeTheBuiltIn) {
    const ActivationId mine = define("my_sigmoid(x) = 1/(1 + exp(-x))",
                                     {activa::WeightInit::Glorot, activa::InputScaling::ZeroOne});
    activa::GradFlowSettings s;
    s.depth = 12;
    s.activation = ActivationId::Sigmoid;
    const auto builtin = activa::run_gradflow(s);
    s.activation = mine;
    const auto typed = activa::run_gradflow(s);
    ASSERT_EQ(typed.layers.size(), builtin.layers.size());
    for (std::size_t l = 0; l < typed.layers.size(); ++l) {
        EXPECT_EQ(typed.layers[l].grad_norm, builtin.layers[l].grad_norm) << l;
        EXPECT_EQ(typed.layers[l].activation_std, builtin.layers[l].activation_std) << l;
    }
}

TEST(TypedFunctions, TypedReluRacesLikeTheBuiltIn) {
    const ActivationId mine =
        define("my_relu(x) = max(x, 0)", {activa::WeightInit::He, activa::InputScaling::ZeroOne});
    activa::TrainSettings s;
    s.epochs = 3;
    s.points = 120;
    const activa::RaceEntry entries[] = {{ActivationId::Relu, {}}, {mine, {}}};
    const auto race = activa::train_race(s, entries);
    ASSERT_EQ(race.histories.size(), 2u);
    for (std::size_t e = 0; e < 3; ++e) {
        EXPECT_EQ(race.histories[1][e].train_loss, race.histories[0][e].train_loss) << e;
        EXPECT_EQ(race.histories[1][e].grad_norm_first, race.histories[0][e].grad_norm_first);
    }
}

// The gradient-flow inputs follow the function's recipe unless the settings choose.
TEST(TypedFunctions, InputsCanBeChosenForTheGradientFlow) {
    activa::GradFlowSettings s;
    s.activation = ActivationId::Relu;
    EXPECT_EQ(activa::effective_inputs(s), activa::InputScaling::ZeroOne);
    s.inputs = activa::InputScaling::Standardised;
    EXPECT_EQ(activa::effective_inputs(s), activa::InputScaling::Standardised);
    const auto standardised = activa::run_gradflow(s);
    s.inputs.reset();
    EXPECT_NE(activa::run_gradflow(s).layers[0].activation_mean,
              standardised.layers[0].activation_mean);
}

// Worker threads evaluate while the window defines new functions.
TEST(TypedFunctions, DefiningWhileOthersEvaluateIsSafe) {
    const ActivationId id = define("busy(x) = x*sigmoid(x)");
    std::atomic<bool> stop{false};
    std::vector<std::thread> workers;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 3; ++t)
        workers.emplace_back([&] {
            std::vector<double> xs(256, 1.5), vs(256), ds(256);
            while (!stop) {
                activa::evaluate(id, activa::default_params(id), xs, vs, ds);
                if (vs[255] != activa::value(ActivationId::Silu, 1.5, {})) ++wrong;
                (void)activa::find_activation("busy");
            }
        });
    for (int i = 0; i < 50; ++i)
        define("busy_" + std::to_string(i) + "(x) = x*" + std::to_string(i));
    stop = true;
    for (auto& w : workers)
        w.join();
    EXPECT_EQ(wrong, 0);
}

} // namespace

namespace {

// The shared file: what is written is read back as it was, and a bad definition is skipped and
// named while the others load.
TEST(TypedDefinitionsFile, WrittenIsReadBack) {
    const std::vector<TypedDefinition> defs{
        {"file_snake(x, b=1) = x + sin(b*x)^2/b",
         {{"b", 1.0, 0.1, 5.0}},
         {activa::WeightInit::He, activa::InputScaling::ZeroOne}},
        {"file_cube(x) = x^3", {}, {}},
    };
    const std::string text = activa::write_typed_definitions(defs);
    const auto read = activa::read_typed_definitions(text);
    EXPECT_TRUE(read.skipped.empty());
    ASSERT_EQ(read.definitions.size(), 2u);
    EXPECT_EQ(read.definitions[0].text, defs[0].text);
    ASSERT_EQ(read.definitions[0].params.size(), 1u);
    EXPECT_EQ(read.definitions[0].params[0].min, 0.1);
    EXPECT_EQ(read.definitions[0].params[0].max, 5.0);
    EXPECT_EQ(read.definitions[0].recipe, defs[0].recipe);
    EXPECT_EQ(read.definitions[1].recipe, activa::TypedRecipe{});
    EXPECT_EQ(read.lines, (std::vector<std::size_t>{2, 6}));
}

TEST(TypedDefinitionsFile, ABadDefinitionIsSkippedAndNamedTheOthersLoad) {
    const std::string text = "# mine\n"
                             "good_one(x) = 2*x\n"
                             "bad_one(x) = x*tahn(x)\n"
                             "    init he\n"
                             "\n"
                             "odd_option(x) = x\n"
                             "    colour red\n"
                             "good_two(x, a=1) = a*x\n"
                             "    param a 0 2\n"
                             "range_off(x, a=5) = a*x\n"
                             "    param a 0 1\n";
    const auto read = activa::read_typed_definitions(text);
    ASSERT_EQ(read.skipped.size(), 2u);
    EXPECT_EQ(read.skipped[0].line, 3u);
    EXPECT_EQ(read.skipped[0].name, "bad_one");
    EXPECT_NE(read.skipped[0].reason.find("did you mean 'tanh'"), std::string::npos);
    EXPECT_EQ(read.skipped[1].name, "odd_option");
    ASSERT_EQ(read.definitions.size(), 3u); // the range is checked when it is defined
    std::vector<activa::SkippedDefinition> refused;
    const auto ids = activa::define_all(read, &refused);
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(activa::info(ids[1]).key, "good_two");
    ASSERT_EQ(refused.size(), 1u);
    EXPECT_EQ(refused[0].name, "range_off");
    EXPECT_EQ(refused[0].line, 10u);
}

} // namespace
