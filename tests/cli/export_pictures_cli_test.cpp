// SPDX-License-Identifier: MIT
// What each kind of picture of `activa export` reads: curves, softmax bars, flowcharts and the
// gradient flow, their numbers read back against core and their bad input refused.
#include "export_test.hpp"

#include <activa/activations.hpp>
#include <activa/csv.hpp>
#include <activa/gradflow.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace activa::test;
namespace fs = std::filesystem;

TEST_F(ExportCli, LogDerivativeDrawsTheMagnitudeOnALogAxis) {
    expect_ok({"--function", "tanh", "--derivative", "--log-derivative", "--range", "-25:25",
               "--output", path("log.svg"), "--size", "640x360"});
    const std::string svg = read_file(path("log.svg"));
    EXPECT_NE(svg.find("log scale"), std::string::npos); // the axis says so
    expect_ok({"--function", "tanh", "--derivative", "--output", path("linear.svg"), "--size",
               "640x360"});
    EXPECT_EQ(read_file(path("linear.svg")).find("log scale"), std::string::npos);
    expect_usage_error({"--function", "tanh", "--log-derivative", "--output", path("x.png")},
                       "--log-derivative needs --derivative");
    expect_usage_error({"--softmax", "1,2", "--log-derivative", "--output", path("x.png")},
                       "--log-derivative applies to --function");
}

TEST_F(ExportCli, CsvOfCurvesWithDerivatives) {
    write_file(path("data.csv"), "old\n");
    expect_ok(kCurves +
              std::vector<std::string>{"--output", path("data.csv"), "--size", "640x360"});
    const auto rows = lines(read_file(path("data.csv")));
    ASSERT_EQ(rows.size(), 1002U);
    EXPECT_EQ(rows[0], "x,relu,relu_derivative,tanh,tanh_derivative");
    EXPECT_TRUE(rows[1].starts_with("-10,0,0,")) << rows[1];
    EXPECT_TRUE(rows[1001].starts_with("10,10,1,")) << rows[1001];
    for (std::size_t i = 1; i < rows.size(); i += 37) {
        const auto f = split(rows[i], ',');
        ASSERT_EQ(f.size(), 5U) << rows[i];
        const double x = to_double(f[0]);
        const auto relu = activa::evaluate(activa::ActivationId::Relu, x, {});
        const auto tanh = activa::evaluate(activa::ActivationId::Tanh, x, {});
        EXPECT_EQ(bits(to_double(f[1])), bits(relu.value)) << rows[i];
        EXPECT_EQ(bits(to_double(f[2])), bits(relu.derivative)) << rows[i];
        EXPECT_EQ(bits(to_double(f[3])), bits(tanh.value)) << rows[i];
        EXPECT_EQ(bits(to_double(f[4])), bits(tanh.derivative)) << rows[i];
    }
}

TEST_F(ExportCli, CsvFollowsRangePointsAndParams) {
    expect_ok({"--function", "leaky_relu,sigmoid", "--param", "leaky_relu.negative_slope=0.2",
               "--range", "-2:3", "--points=6", "--output", path("data.CSV")});
    const auto rows = lines(read_file(path("data.CSV")));
    ASSERT_EQ(rows.size(), 7U);
    EXPECT_EQ(rows[0], "x,leaky_relu,sigmoid");
    EXPECT_EQ(rows[1], "-2,-0.4," + activa::format_number(
                                        activa::value(activa::ActivationId::Sigmoid, -2.0, {})));
    EXPECT_TRUE(rows[6].starts_with("3,3,")) << rows[6];
}

TEST_F(ExportCli, CsvAcceptsAliases) {
    expect_ok({"--function", "logistic,swish", "--range", "-1:1", "--points", "2", "--output",
               path("data.csv")});
    EXPECT_EQ(lines(read_file(path("data.csv")))[0], "x,sigmoid,silu");
}

TEST_F(ExportCli, CsvOfSoftmax) {
    expect_ok(kBars + std::vector<std::string>{"--output", path("softmax.csv")});
    // The dialect of `activa softmax`, with the class names after the index.
    EXPECT_EQ(read_file(path("softmax.csv")),
              "index,class,logit,probability,log_probability,sigmoid\n"
              "0,A,1,0.09003057317038046,-2.4076059644443806,0.7310585786300049\n"
              "1,B,3,0.6652409557748218,-0.4076059644443804,0.9525741268224334\n"
              "2,C,2,0.24472847105479764,-1.4076059644443804,0.8807970779778823\n");
}

TEST_F(ExportCli, CsvOfSoftmaxWithTemperatureAndNegativeLogits) {
    expect_ok({"--softmax", "-1,0.5,2", "--temperature", "2", "--output", path("softmax.csv")});
    const auto rows = lines(read_file(path("softmax.csv")));
    ASSERT_EQ(rows.size(), 4U);
    const std::vector<double> logits{-1.0, 0.5, 2.0};
    const auto p = activa::softmax(logits, 2.0);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto f = split(rows[i + 1], ',');
        ASSERT_EQ(f.size(), 6U);
        EXPECT_EQ(f[0], std::to_string(i));
        EXPECT_EQ(bits(to_double(f[2])), bits(logits[i]));
        EXPECT_EQ(bits(to_double(f[3])), bits(p[i]));
    }
}

TEST_F(ExportCli, BadStatesChangeNothing) {
    make_precious_files();
    const std::vector<std::string> out_png = this->out_png();
    const std::vector<std::string> out_csv = this->out_csv();
    expect_all_refused({
        // functions
        {std::vector<std::string>{"--function", "relu,nope"} + out_png, "nope"},
        {std::vector<std::string>{"--function", ""} + out_png, "--function"},
        {std::vector<std::string>{"--function", "relu,"} + out_png, "empty"},
        {std::vector<std::string>{"--function", "relu,relu"} + out_png, "twice"},
        {std::vector<std::string>{"--function", "relu", "--function", "tanh"} + out_png,
         "more than once"},
        {std::vector<std::string>{"--function", "hardtanh", "--param", "hardtanh.min_val=2"} +
             out_csv,
         "min_val"},
    });
    // parameters
    const std::vector<std::string> elu{"--function", "elu"};
    expect_all_refused(
        each_value(elu, "--param", {"alpha=2", "elu.alpha"}, out_csv, "ID.NAME=VALUE") +
        each_value(elu, "--param", {"celu.alpha=2"}, out_csv, "celu") +
        each_value(elu, "--param", {"nope.alpha=2"}, out_csv, "nope") +
        each_value(elu, "--param", {"elu.beta=2"}, out_csv, "beta") +
        each_value(elu, "--param", {"elu.alpha=x", "elu.alpha=-1"}, out_csv, "alpha") +
        each_value(elu, "--param", {"elu.alpha=inf", "elu.alpha=nan"}, out_csv, "finite"));
    // range and points
    const std::vector<std::string> curves = kCurves + out_csv;
    expect_all_refused(
        each_value(curves, "--range", {"5:-5", "1:1"}, {}, "x range") +
        each_value(curves, "--range", {"-inf:0", "0:nan", "0:1:2", "0", "a:b"}, {}, "--range") +
        each_value(curves, "--points", {"1", "1000001", "-5", "ten"}, {}, "--points"));
    // softmax
    expect_all_refused(
        each_value({}, "--softmax", {"", "1,,2", "1,2,", "1,a"}, out_csv, "--softmax") +
        each_value({}, "--softmax", {"1,nan", "inf,1"}, out_csv, "finite") +
        each_value(kBars + out_csv, "--temperature", {"0", "-1"}, {}, "temperature") +
        each_value(kBars + out_csv, "--temperature", {"nan", "inf", "warm"}, {}, "--temperature"));
}

TEST_F(ExportCli, HighlightedFlowchartDiffersFromThePlainOne) {
    expect_ok({"--flowchart", "hidden", "--output", path("plain.svg")});
    expect_ok({"--flowchart", "hidden", "--network", "cnn", "--output", path("cnn.svg")});
    expect_ok({"--flowchart", "hidden", "--network", "mlp", "--output", path("mlp.svg")});
    const std::string plain = read_file(path("plain.svg"));
    const std::string cnn = read_file(path("cnn.svg"));
    // The path's colour (#D55E00) appears only when an answer is given, and where depends on it.
    EXPECT_EQ(plain.find("#d55e00"), std::string::npos);
    EXPECT_NE(cnn.find("#d55e00"), std::string::npos);
    EXPECT_NE(cnn, read_file(path("mlp.svg")));
}

TEST_F(ExportCli, BadFlowchartInputChangesNothing) {
    write_file(path("keep.png"), "precious");
    expect_usage_error({"--flowchart", "middle", "--output", path("keep.png")}, "middle");
    expect_usage_error({"--flowchart", "hidden", "--network", "gan", "--output", path("keep.png")},
                       "gan");
    expect_usage_error(
        {"--flowchart", "hidden", "--problem", "binary", "--output", path("keep.png")},
        "--problem");
    expect_usage_error({"--flowchart", "output", "--network", "mlp", "--output", path("keep.png")},
                       "--network");
    expect_usage_error(
        {"--flowchart", "output", "--problem", "ranking", "--output", path("keep.png")}, "ranking");
    expect_usage_error({"--flowchart", "output", "--output", path("chart.csv")}, "picture");
    expect_usage_error({"--flowchart", "hidden", "--softmax", "1,2", "--output", path("keep.png")},
                       "exactly one");
    expect_usage_error({"--function", "relu", "--network", "mlp", "--output", path("keep.png")},
                       "--network");
    expect_usage_error({"--flowchart", "hidden", "--output", path("keep.png"), "--size", "5x5"},
                       "--size");
    EXPECT_EQ(read_file(path("keep.png")), "precious");
}

TEST_F(ExportCli, GradflowHelpListsItsOptions) {
    const Outcome r = run({"--help"});
    for (const char* option : {"--gradflow", "--activation", "--depth", "--width", "--batch",
                               "--init", "--std", "--bias", "--seed"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST_F(ExportCli, GradflowCsvHasSixColumnsPerActivationAndOneRowPerLayer) {
    expect_ok({"--gradflow", "--activation", "sigmoid,relu", "--depth", "6", "--width", "16",
               "--output", path("flow.csv")});
    const auto rows = lines(read_file(path("flow.csv")));
    ASSERT_EQ(rows.size(), 7u);
    EXPECT_EQ(rows[0], "layer,sigmoid_grad_norm,sigmoid_activation_mean,sigmoid_activation_std,"
                       "sigmoid_saturated_fraction,sigmoid_dead_fraction,"
                       "sigmoid_zero_gradient_fraction,relu_grad_norm,"
                       "relu_activation_mean,relu_activation_std,relu_saturated_fraction,"
                       "relu_dead_fraction,relu_zero_gradient_fraction");
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_TRUE(rows[i].starts_with(std::to_string(i) + ",")) << rows[i];
}

TEST_F(ExportCli, GradflowCsvMatchesTheGradflowCommand) {
    // The window's numbers are the command line's: one engine, one CSV writer.
    expect_ok({"--gradflow", "--activation", "tanh", "--depth", "5", "--width", "8", "--seed", "3",
               "--output", path("flow.csv")});
    const auto exported = lines(read_file(path("flow.csv")));
    ASSERT_EQ(exported.size(), 6u);
    EXPECT_EQ(exported[0], "layer,tanh_grad_norm,tanh_activation_mean,tanh_activation_std,"
                           "tanh_saturated_fraction,tanh_dead_fraction,"
                           "tanh_zero_gradient_fraction");
    activa::GradFlowSettings settings;
    settings.activation = activa::ActivationId::Tanh;
    settings.depth = 5;
    settings.width = 8;
    settings.seed = 3;
    struct StringSink : activa::OutputSink {
        std::string text;
        bool write(std::string_view bytes) override {
            text.append(bytes);
            return true;
        }
    } sink;
    activa::TextWriter writer(sink);
    activa::write_gradflow_csv(writer, activa::run_gradflow(settings));
    writer.finish();
    const auto rows = lines(sink.text);
    ASSERT_EQ(rows.size(), exported.size());
    for (std::size_t i = 1; i < rows.size(); ++i)
        EXPECT_EQ(rows[i], exported[i]);
}

TEST_F(ExportCli, BadGradflowInputChangesNothing) {
    write_file(path("keep.csv"), "precious");
    const std::vector<std::string> out{"--output", path("keep.csv")};
    const std::vector<std::string> relu{"--gradflow", "--activation", "relu"};
    expect_usage_error(relu + out, "--depth");
    expect_usage_error(std::vector<std::string>{"--gradflow", "--depth", "3"} + out,
                       "--activation");
    expect_usage_error(
        std::vector<std::string>{"--gradflow", "--activation", "nope", "--depth", "3"} + out,
        "nope");
    expect_usage_error(
        std::vector<std::string>{"--gradflow", "--activation", "relu,", "--depth", "3"} + out,
        "empty");
    expect_usage_error(
        std::vector<std::string>{"--gradflow", "--activation", "relu,relu", "--depth", "3"} + out,
        "twice");
    expect_usage_error(std::vector<std::string>{"--gradflow", "--activation",
                                                "relu,elu,gelu,silu,tanh,sigmoid,selu,mish,celu",
                                                "--depth", "3"} +
                           out,
                       "at most 8");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "0"} + out, "--depth");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--width", "5000"} + out,
                       "--width");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--init", "xavier"} + out,
                       "xavier");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--std", "2"} + out,
                       "--std");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "200", "--width", "2048"} + out,
                       "too large");
    expect_usage_error(std::vector<std::string>{"--function", "relu", "--depth", "3"} + out,
                       "--gradflow");
    expect_usage_error(relu + std::vector<std::string>{"--depth", "3", "--softmax", "1,2"} + out,
                       "exactly one");
    EXPECT_EQ(read_file(path("keep.csv")), "precious");
}

TEST(Overflow, TheGradflowPictureSaysTheNetworkOverflowed) {
    const TempFolder folder;
    const std::string svg = (folder.path() / "g.svg").string();
    const Outcome r = run_activa({"export", "--gradflow", "--activation", "identity", "--depth",
                                  "200", "--init", "normal", "--std", "100", "--output", svg},
                                 folder.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const std::string text = read_file(svg);
    EXPECT_NE(text.find("overflowed"), std::string::npos);
    EXPECT_EQ(text.find("exactly zero"), std::string::npos);
}

// --- typed functions and the inputs ----------------------------------------------------------

const std::string kSnake = "snake(x, b=1) = x + sin(b*x)^2/b";

// A typed function is a curve like a built-in's: its column in the CSV holds eval's numbers, its
// --param is ID.NAME=VALUE, and the picture names it in the legend.
TEST_F(ExportCli, ATypedFunctionIsACurveLikeABuiltin) {
    const std::vector<std::string> curves{"--function", "relu,snake",  "--define", kSnake,
                                          "--param",    "snake.b=0.5", "--range",  "-5:5",
                                          "--points",   "11"};
    expect_ok(curves + std::vector<std::string>{"--output", path("typed.csv")});
    const auto rows = lines(read_file(path("typed.csv")));
    const auto eval = lines(activa::test::expect_ok({"eval", "snake", "--define", kSnake, "--param",
                                                     "b=0.5", "--range", "-5:5:11"})
                                .out);
    ASSERT_EQ(rows.size(), 12u);
    ASSERT_EQ(eval.size(), 12u);
    EXPECT_EQ(rows[0], "x,relu,snake");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto exported = split(rows[i], ',');
        const auto evaluated = split(eval[i], ',');
        EXPECT_EQ(exported[0], evaluated[0]);
        EXPECT_EQ(exported[2], evaluated[1]) << "x = " << exported[0];
    }
    expect_ok(curves + std::vector<std::string>{"--derivative", "--output", path("typed.svg")});
    EXPECT_NE(read_file(path("typed.svg")).find("snake"), std::string::npos);
}

// The gradient flow of a typed max(x, 0) with relu's recipe is relu's, as `activa gradflow`
// prints it; --inputs reaches the picture's runs.
TEST_F(ExportCli, ATypedGradflowWithTheInputsGivenIsTheGradflowCommands) {
    expect_ok({"--gradflow", "--define", "m(x) = max(x, 0)", "--activation", "m", "--depth", "5",
               "--init", "he_uniform", "--inputs", "zero_one", "--output", path("flow.csv")});
    const auto exported = lines(read_file(path("flow.csv")));
    const auto relu =
        lines(activa::test::expect_ok({"gradflow", "--activation", "relu", "--depth", "5"}).out);
    ASSERT_EQ(exported.size(), relu.size());
    EXPECT_TRUE(exported[0].starts_with("layer,m_grad_norm,")) << exported[0];
    for (std::size_t i = 1; i < relu.size(); ++i)
        EXPECT_EQ(exported[i], relu[i]);
    expect_ok({"--gradflow", "--activation", "relu", "--depth", "5", "--inputs", "standardised",
               "--output", path("standardised.csv")});
    EXPECT_NE(lines(read_file(path("standardised.csv")))[1], exported[1]);
    expect_ok({"--gradflow", "--define", "m(x) = max(x, 0)", "--activation", "relu,m", "--depth",
               "5", "--output", path("flow.svg")});
    EXPECT_NE(read_file(path("flow.svg")).find(">m · "), std::string::npos); // its legend entry
}

TEST_F(ExportCli, DefineAndInputsAreRefusedWhereTheyDoNotApply) {
    make_precious_files();
    const std::vector<std::string> out_png = this->out_png();
    expect_all_refused({
        {kBars + out_png + std::vector<std::string>{"--define", "f(x) = x"},
         "--define applies to --function, --gradflow or --train, not --softmax"},
        {std::vector<std::string>{"--flowchart", "hidden", "--define", "f(x) = x"} + out_png,
         "--define applies to --function, --gradflow or --train, not --flowchart"},
        {kCurves + out_png + std::vector<std::string>{"--inputs", "zero_one"},
         "--inputs applies to --gradflow, not --function"},
        {std::vector<std::string>{"--function", "f", "--define", "f(x) = 2 x"} + out_png,
         "column 10: missing operator"},
        {std::vector<std::string>{"--gradflow", "--activation", "relu", "--depth", "2", "--inputs",
                                  "wide"} +
             out_png,
         "--inputs must be zero_one, minus_one_one or standardised"},
    });
}

} // namespace
