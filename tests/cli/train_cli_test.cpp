// SPDX-License-Identifier: MIT
// `activa train` and `activa export --train` as scripts use them: the built binary, run without a
// shell and without a display. Races are a few epochs on a few points, so they take milliseconds.
#include "run_activa.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kHeader =
    "activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy,first_layer_grad_norm,"
    "last_layer_grad_norm,dead_fraction";

using activa::test::Outcome;
using activa::test::read_file;

std::vector<std::string> split(std::string_view text, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = text.find(sep, start);
        parts.emplace_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

// The lines of a text that ends with a newline.
std::vector<std::string> lines(const std::string& text) {
    EXPECT_TRUE(!text.empty() && text.back() == '\n');
    std::vector<std::string> out = split(text, '\n');
    out.pop_back();
    return out;
}

class TrainCli : public testing::Test {
protected:
    void SetUp() override { fs::create_directory(m_root.path() / "out"); }

    std::string path(std::string_view name) const {
        return (m_root.path() / "out" / name).string();
    }

    // Runs `activa args...` with exactly these words and no display.
    Outcome run(const std::vector<std::string>& args) const {
        return activa::test::run_activa(args, m_root.path());
    }

    Outcome expect_ok(const std::vector<std::string>& args) const {
        Outcome r = run(args);
        EXPECT_EQ(r.exit_code, 0) << "stderr: " << r.err;
        EXPECT_EQ(r.err, "");
        return r;
    }

    // Bad input: code 2, one "activa: " line on stderr that mentions `names`, nothing on stdout.
    void expect_usage_error(const std::vector<std::string>& args, std::string_view names) const {
        const Outcome r = run(args);
        std::string joined;
        for (const auto& a : args)
            joined += a + ' ';
        EXPECT_EQ(r.exit_code, 2) << joined;
        EXPECT_EQ(r.out, "") << joined;
        EXPECT_TRUE(r.err.starts_with("activa: ")) << joined << "\n" << r.err;
        EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << joined << "\n" << r.err;
        EXPECT_NE(r.err.find(names), std::string::npos) << joined << "\n" << r.err;
    }

private:
    activa::test::TempFolder m_root; // also the program's home
};

// A race small enough for a test: 60 points, 2 hidden layers of 8, a few epochs.
std::vector<std::string> small_race(std::string dataset, std::string activations,
                                    std::string epochs) {
    return {"train",
            "--dataset",
            std::move(dataset),
            "--activation",
            std::move(activations),
            "--depth",
            "2",
            "--width",
            "8",
            "--points",
            "60",
            "--epochs",
            std::move(epochs)};
}

TEST_F(TrainCli, PrintsTheHeaderAndARowPerActivationAndEpoch) {
    const Outcome r = expect_ok(small_race("xor", "relu,sigmoid,tanh", "4"));
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 1u + 3u * 4u);
    EXPECT_EQ(rows[0], kHeader);
    // Epoch by epoch, the activations in the order given.
    const std::vector<std::string> order{"relu", "sigmoid", "tanh"};
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::vector<std::string> fields = split(rows[i], ',');
        ASSERT_EQ(fields.size(), 9u) << rows[i];
        EXPECT_EQ(fields[0], order[(i - 1) % 3]) << rows[i];
        EXPECT_EQ(fields[1], std::to_string((i - 1) / 3 + 1)) << rows[i];
        for (std::size_t f = 2; f < fields.size(); ++f) {
            char* end = nullptr;
            const double v = std::strtod(fields[f].c_str(), &end);
            EXPECT_TRUE(end != fields[f].c_str() && *end == '\0') << rows[i];
            EXPECT_GE(v, 0.0) << rows[i];
        }
    }
}

TEST_F(TrainCli, RegressionLeavesTheAccuracyEmpty) {
    const Outcome r = expect_ok(small_race("sine", "tanh", "2"));
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 3u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const std::vector<std::string> fields = split(rows[i], ',');
        ASSERT_EQ(fields.size(), 9u);
        EXPECT_EQ(fields[4], "");
        EXPECT_EQ(fields[5], "");
        EXPECT_FALSE(fields[3].empty());
    }
}

TEST_F(TrainCli, SameSeedSameCsvOtherSeedAnother) {
    std::vector<std::string> args = small_race("spiral", "relu,tanh", "3");
    args.insert(args.end(), {"--seed", "7"});
    const std::string first = expect_ok(args).out;
    const std::string second = expect_ok(args).out;
    EXPECT_EQ(first, second);
    args.back() = "8";
    const std::string other = expect_ok(args).out;
    EXPECT_NE(first, other);
    EXPECT_EQ(lines(first).size(), lines(other).size());
}

TEST_F(TrainCli, EveryOptionIsRead) {
    // Every option of the command, all but --param, which the first run adds.
    const std::vector<std::string> plain_args{"train",
                                              "--dataset=spiral3",
                                              "--activation",
                                              "leaky_relu,gelu",
                                              "--depth",
                                              "1",
                                              "--width",
                                              "4",
                                              "--epochs",
                                              "2",
                                              "--batch",
                                              "7",
                                              "--optimizer",
                                              "sgd",
                                              "--learning-rate",
                                              "0.05",
                                              "--l2",
                                              "0.001",
                                              "--init",
                                              "glorot_normal",
                                              "--output-activation",
                                              "softmax",
                                              "--loss",
                                              "categorical_crossentropy",
                                              "--points",
                                              "30",
                                              "--noise",
                                              "0.2",
                                              "--test-fraction",
                                              "0.9",
                                              "--seed",
                                              "3"};
    std::vector<std::string> args = plain_args;
    args.insert(args.end(), {"--param", "leaky_relu.negative_slope=0.2"});
    const Outcome r = expect_ok(args);
    EXPECT_EQ(lines(r.out).size(), 1u + 2u * 2u);
    // A parameter changes the run it names.
    const Outcome plain = expect_ok(plain_args);
    EXPECT_NE(lines(r.out)[1], lines(plain.out)[1]);
    EXPECT_EQ(lines(r.out)[2], lines(plain.out)[2]);
}

TEST_F(TrainCli, ListDatasetsNamesEachWithItsProblem) {
    const Outcome r = expect_ok({"train", "--list-datasets"});
    const std::vector<std::string> rows = lines(r.out);
    ASSERT_EQ(rows.size(), 9u);
    std::set<std::string> problems;
    for (const std::string& row : rows) {
        const std::vector<std::string> fields = split(row, '\t');
        ASSERT_EQ(fields.size(), 4u) << row;
        problems.insert(fields[1]);
    }
    EXPECT_EQ(problems,
              (std::set<std::string>{"binary", "multiclass", "multilabel", "regression"}));
    EXPECT_EQ(split(rows[1], '\t')[0], "xor");
    EXPECT_EQ(split(rows[1], '\t')[1], "binary");
}

TEST_F(TrainCli, HelpNamesTheCeilings) {
    const Outcome r = expect_ok({"train", "--help"});
    EXPECT_NE(r.out.find("1 to 20"), std::string::npos);
    EXPECT_NE(r.out.find("10 to 10000"), std::string::npos);
    EXPECT_NE(expect_ok({"--help"}).out.find("train --dataset"), std::string::npos);
}

TEST_F(TrainCli, BadInputIsOneLineAndExitCode2) {
    const std::vector<std::string> ok = small_race("xor", "relu", "2");
    const auto with = [&](std::vector<std::string> extra) {
        std::vector<std::string> args = ok;
        args.insert(args.end(), extra.begin(), extra.end());
        return args;
    };
    expect_usage_error({"train", "--activation", "relu"}, "--dataset");
    expect_usage_error({"train", "--dataset", "xor"}, "--activation");
    expect_usage_error({"train", "--dataset", "moons", "--activation", "relu"}, "moons");
    expect_usage_error({"train", "--dataset", "xor", "--activation", "relu,nope"}, "nope");
    expect_usage_error({"train", "--dataset", "xor", "--activation", "relu,,tanh"}, "empty");
    expect_usage_error({"train", "--dataset", "xor", "--activation", "relu,relu"}, "twice");
    expect_usage_error(
        {"train", "--dataset", "xor", "--activation", "relu,tanh,sigmoid,elu,gelu,silu,mish"},
        "at most 6");
    // Sizes beyond the ceilings.
    expect_usage_error(with({"--depth", "21"}), "--depth");
    expect_usage_error(with({"--width", "65"}), "--width");
    expect_usage_error(with({"--epochs", "10001"}), "--epochs");
    expect_usage_error(with({"--points", "10001"}), "--points");
    expect_usage_error(with({"--batch", "0"}), "--batch");
    expect_usage_error(with({"--epochs", "1e3"}), "--epochs");
    expect_usage_error(with({"--learning-rate", "0"}), "--learning-rate");
    expect_usage_error(with({"--learning-rate", "nan"}), "--learning-rate");
    expect_usage_error(with({"--l2", "-1"}), "--l2");
    expect_usage_error(with({"--noise", "2"}), "--noise");
    expect_usage_error(with({"--test-fraction", "0.95"}), "--test-fraction");
    expect_usage_error(with({"--optimizer", "rmsprop"}), "--optimizer");
    expect_usage_error(with({"--init", "zeros"}), "--init");
    expect_usage_error(with({"--output-activation", "relu"}), "--output-activation");
    expect_usage_error(with({"--loss", "hinge"}), "--loss");
    expect_usage_error(with({"--seed", "-1"}), "--seed");
    expect_usage_error(with({"--param", "elu.alpha=2"}), "--activation does not list");
    expect_usage_error(with({"--param", "relu.slope=1"}), "slope");
    expect_usage_error(with({"--depth", "2"}), "more than once");
    expect_usage_error(with({"extra"}), "extra");
    expect_usage_error(with({"--frobnicate"}), "--frobnicate");
    expect_usage_error({"train", "--list-datasets", "--dataset", "xor"}, "--list-datasets");
}

TEST_F(TrainCli, ExportWritesThePictureAndTheSameCsvAsTrain) {
    const std::vector<std::string> race{"--dataset", "circle", "--activation", "relu,sigmoid",
                                        "--depth",   "2",      "--width",      "6",
                                        "--points",  "80",     "--epochs",     "3"};
    std::vector<std::string> png{"export", "--train"};
    png.insert(png.end(), race.begin(), race.end());
    png.insert(png.end(), {"--output", path("race.png"), "--size", "800x500"});
    EXPECT_EQ(expect_ok(png).out, "");
    const std::string image = read_file(path("race.png"));
    ASSERT_GT(image.size(), 24u);
    EXPECT_EQ(image.substr(1, 3), "PNG");
    // The PNG header's width and height, big-endian.
    const auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(image[at]) << 24) |
               (static_cast<unsigned char>(image[at + 1]) << 16) |
               (static_cast<unsigned char>(image[at + 2]) << 8) |
               static_cast<unsigned char>(image[at + 3]);
    };
    EXPECT_EQ(be32(16), 800u);
    EXPECT_EQ(be32(20), 500u);

    std::vector<std::string> csv{"export", "--train"};
    csv.insert(csv.end(), race.begin(), race.end());
    csv.insert(csv.end(), {"--output", path("race.csv")});
    expect_ok(csv);
    std::vector<std::string> train{"train"};
    train.insert(train.end(), race.begin(), race.end());
    EXPECT_EQ(read_file(path("race.csv")), expect_ok(train).out);
}

TEST_F(TrainCli, ExportRefusesTrainOptionsElsewhereAndBadRaces) {
    expect_usage_error(
        {"export", "--function", "relu", "--dataset", "xor", "--output", path("x.png")},
        "--dataset applies to --train");
    expect_usage_error({"export", "--train", "--dataset", "xor", "--activation", "relu",
                        "--derivative", "--output", path("x.png")},
                       "--derivative applies to --function");
    expect_usage_error({"export", "--train", "--dataset", "xor", "--activation", "relu", "--depth",
                        "99", "--output", path("x.png")},
                       "--depth");
    expect_usage_error({"export", "--train", "--function", "relu", "--output", path("x.png")},
                       "exactly one");
    EXPECT_FALSE(fs::exists(path("x.png")));
    EXPECT_NE(expect_ok({"export", "--help"}).out.find("--train"), std::string::npos);
}

} // namespace
