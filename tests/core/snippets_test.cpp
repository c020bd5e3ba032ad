// SPDX-License-Identifier: MIT
#include <activa/snippets.hpp>

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace {

using activa::NetworkType;
using activa::ProblemType;

std::optional<unsigned> classes_for(ProblemType p) {
    if (p == ProblemType::Multiclass) return 5U;
    if (p == ProblemType::Multilabel) return 4U;
    return std::nullopt;
}

activa::Recipe recipe(NetworkType n, ProblemType p) {
    const auto r = activa::recommend(n, p, classes_for(p));
    EXPECT_TRUE(r.has_value()) << r.error();
    return r ? *r : activa::Recipe{};
}

std::size_t count(std::string_view text, std::string_view needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string_view::npos;
         at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

bool contains(std::string_view text, std::string_view needle) {
    return text.find(needle) != std::string_view::npos;
}

// Every needle must appear; the message shows the whole snippet, which is short.
void expect_all(const std::string& snippet, const std::vector<std::string>& needles) {
    for (const auto& n : needles)
        EXPECT_TRUE(contains(snippet, n)) << "missing: " << n << "\n" << snippet;
}

void expect_none(const std::string& snippet, const std::vector<std::string>& needles) {
    for (const auto& n : needles)
        EXPECT_FALSE(contains(snippet, n)) << "unexpected: " << n << "\n" << snippet;
}

bool python_available() {
    static const bool available = std::system("command -v python3 >/dev/null 2>&1") == 0;
    return available;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (const char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Hands the text to Python's own parser, so "valid Python" means what Python says. Quiet
// hides the SyntaxError report that the negative control provokes on purpose.
bool parses_as_python(const std::string& source, bool quiet = false) {
    std::string path =
        (std::filesystem::temp_directory_path() / "activa_snippet_XXXXXX.py").string();
    const int fd = mkstemps(path.data(), 3);
    if (fd < 0) {
        ADD_FAILURE() << "cannot create a temporary file like " << path;
        return false;
    }
    std::size_t written = 0;
    while (written < source.size()) {
        const ssize_t n = write(fd, source.data() + written, source.size() - written);
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    close(fd);
    if (written != source.size()) {
        ADD_FAILURE() << "cannot write " << path;
        std::filesystem::remove(path);
        return false;
    }
    const std::string command =
        "python3 -c \"import ast,sys; ast.parse(open(sys.argv[1]).read())\" " + shell_quote(path) +
        (quiet ? " 2>/dev/null" : "");
    const int status = std::system(command.c_str());
    std::filesystem::remove(path);
    return status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// The snippets are short hand-off text: plain ASCII, spaces only, ending with a newline.
void expect_tidy(const std::string& snippet) {
    ASSERT_FALSE(snippet.empty());
    EXPECT_EQ(snippet.back(), '\n');
    for (const char c : snippet) {
        const auto u = static_cast<unsigned char>(c);
        EXPECT_TRUE(c == '\n' || (u >= 0x20 && u < 0x7f)) << "byte " << int(u);
    }
}

using Combo = std::tuple<NetworkType, ProblemType>;

class SnippetCombo : public testing::TestWithParam<Combo> {
protected:
    NetworkType network() const { return std::get<0>(GetParam()); }
    ProblemType problem() const { return std::get<1>(GetParam()); }
    activa::Recipe make() const { return recipe(network(), problem()); }
};

std::string output_nodes(ProblemType p) {
    return std::to_string(classes_for(p).value_or(1));
}

TEST_P(SnippetCombo, KerasFollowsRecipe) {
    const std::string s = activa::keras_snippet(make());
    expect_tidy(s);
    expect_all(s, {"from tensorflow import keras", "keras.Sequential([", "model.compile(",
                   "optimizer=\"adam\""});

    switch (network()) {
    case NetworkType::Mlp:
        expect_all(s, {"keras.Input(shape=(8,))",
                       "Dense(64, activation=\"relu\", kernel_initializer=\"he_uniform\")",
                       "# scale inputs to [0, 1]"});
        expect_none(s, {"Conv2D", "LSTM", "glorot", "tanh"});
        EXPECT_EQ(count(s, "kernel_initializer=\"he_uniform\""), 2U) << s;
        break;
    case NetworkType::Cnn:
        expect_all(s, {"keras.Input(shape=(28, 28, 1))",
                       "Conv2D(32, 3, activation=\"relu\", kernel_initializer=\"he_uniform\")",
                       "MaxPooling2D(2)", "Flatten()",
                       "Dense(64, activation=\"relu\", kernel_initializer=\"he_uniform\")",
                       "# inputs: 28x28 greyscale images, shape (28, 28, 1)",
                       "# scale inputs to [0, 1]"});
        expect_none(s, {"LSTM", "glorot", "tanh"});
        break;
    case NetworkType::Rnn:
        expect_all(s, {"keras.Input(shape=(10, 8))", "keras.layers.LSTM(", "activation=\"tanh\"",
                       "recurrent_activation=\"sigmoid\"", "kernel_initializer=\"glorot_uniform\"",
                       "return_sequences=True", "# scale inputs to [-1, 1]"});
        expect_none(s, {"he_uniform", "relu", "Conv2D"});
        // Two stacked layers: only the first hands its whole sequence on.
        EXPECT_EQ(count(s, "keras.layers.LSTM("), 2U) << s;
        EXPECT_EQ(count(s, "return_sequences=True"), 1U) << s;
        break;
    }

    const std::string nodes = output_nodes(problem());
    switch (problem()) {
    case ProblemType::Regression:
        expect_all(s, {"Dense(1, activation=\"linear\")", "loss=\"mean_squared_error\"",
                       "# targets: real values"});
        break;
    case ProblemType::Binary:
        expect_all(s, {"Dense(1, activation=\"sigmoid\")", "loss=\"binary_crossentropy\"",
                       "metrics=[\"accuracy\"]", "# targets: 0 or 1"});
        break;
    case ProblemType::Multiclass:
        expect_all(s, {"Dense(5, activation=\"softmax\")", "loss=\"categorical_crossentropy\"",
                       "metrics=[\"accuracy\"]", "# targets: one-hot vectors"});
        break;
    case ProblemType::Multilabel:
        expect_all(s, {"Dense(4, activation=\"sigmoid\")", "loss=\"binary_crossentropy\"",
                       "metrics=[\"binary_accuracy\"]", "# targets: multi-hot vectors"});
        break;
    }
    EXPECT_TRUE(contains(s, "Dense(" + nodes + ", activation=")) << s;
}

TEST_P(SnippetCombo, PytorchFollowsRecipe) {
    const std::string s = activa::pytorch_snippet(make());
    const std::string nodes = output_nodes(problem());
    expect_tidy(s);
    expect_all(s, {"import torch", "from torch import nn", "class Model(nn.Module):",
                   "model = Model()", "torch.optim.Adam(model.parameters(), lr=1e-3)"});
    // The output layer stays linear in every case: the losses apply sigmoid and softmax.
    expect_none(s, {"nn.Sigmoid()", "nn.Softmax("});

    switch (network()) {
    case NetworkType::Mlp:
        expect_all(s, {"nn.Linear(8, 64)", "nn.Linear(64, 64)", "nn.ReLU()",
                       "nn.init.kaiming_uniform_(layer.weight, nonlinearity=\"relu\")",
                       "nn.init.zeros_(layer.bias)", "isinstance(layer, nn.Linear)",
                       "nn.Linear(64, " + nodes + ")", "# scale inputs to [0, 1]"});
        expect_none(s, {"xavier_uniform_", "nn.LSTM", "nn.Conv2d"});
        EXPECT_EQ(count(s, "nn.ReLU()"), 2U) << s;
        break;
    case NetworkType::Cnn:
        expect_all(s, {"nn.Conv2d(1, 32, 3)", "nn.ReLU()", "nn.MaxPool2d(2)", "nn.Flatten()",
                       "nn.Linear(32 * 13 * 13, 64)", "nn.Linear(64, 64)",
                       "nn.Linear(64, " + nodes + ")", "kaiming_uniform_",
                       "isinstance(layer, (nn.Conv2d, nn.Linear))", "shape (batch, 1, 28, 28)",
                       "# scale inputs to [0, 1]"});
        expect_none(s, {"xavier_uniform_", "nn.LSTM"});
        break;
    case NetworkType::Rnn:
        expect_all(s, {"nn.LSTM(8, 64, num_layers=2, batch_first=True)",
                       "nn.init.xavier_uniform_(param)", "sigmoid for its gates", "tanh",
                       "sequence[:, -1, :]", "nn.Linear(64, " + nodes + ")",
                       "# scale inputs to [-1, 1]"});
        expect_none(s, {"kaiming_uniform_", "nn.ReLU", "nn.Conv2d"});
        break;
    }

    switch (problem()) {
    case ProblemType::Regression:
        expect_all(s, {"loss_fn = nn.MSELoss()", "# targets: real values"});
        expect_none(s, {"BCEWithLogitsLoss", "CrossEntropyLoss", "torch.sigmoid"});
        break;
    case ProblemType::Binary:
        expect_all(s, {"loss_fn = nn.BCEWithLogitsLoss()", "numerical stability",
                       "torch.sigmoid(logits)", "# targets: 0.0 or 1.0"});
        expect_none(s, {"MSELoss", "CrossEntropyLoss"});
        break;
    case ProblemType::Multiclass:
        expect_all(s, {"loss_fn = nn.CrossEntropyLoss()", "numerical stability",
                       "torch.softmax(logits, dim=1)", "class indices 0..4", "one-hot"});
        expect_none(s, {"MSELoss", "BCEWithLogitsLoss"});
        break;
    case ProblemType::Multilabel:
        expect_all(s, {"loss_fn = nn.BCEWithLogitsLoss()", "torch.sigmoid(logits)",
                       "# targets: multi-hot"});
        expect_none(s, {"MSELoss", "CrossEntropyLoss"});
        break;
    }
}

// The snippet follows the recipe's typed fields, not the catalogue's defaults for the
// activation: a recipe that asks for Glorot gets Glorot even for ReLU.
TEST_P(SnippetCombo, InitialisationComesFromTheRecipe) {
    activa::Recipe r = make();
    r.init = activa::WeightInit::LeCun;
    // LeCun normal, as the labs draw SELU's weights: one answer for the recipe and the engine.
    expect_all(activa::keras_snippet(r), {"kernel_initializer=\"lecun_normal\""});
    expect_all(activa::pytorch_snippet(r), {"nn.init.kaiming_normal_(", "nonlinearity=\"linear\""});
    expect_none(activa::keras_snippet(r), {"lecun_uniform"});
}

// Each snippet, as with its hidden layers and without any, is Python that parses.
void expect_python(const std::vector<std::string>& snippets) {
    for (const std::string& s : snippets)
        EXPECT_TRUE(parses_as_python(s)) << s;
}

TEST_P(SnippetCombo, KerasParsesAsPython) {
    if (!python_available()) GTEST_SKIP() << "python3 is not on PATH";
    expect_python(
        {activa::keras_snippet(make()), activa::keras_snippet(make(), {.hidden_layers = 0})});
}

TEST_P(SnippetCombo, PytorchParsesAsPython) {
    if (!python_available()) GTEST_SKIP() << "python3 is not on PATH";
    expect_python(
        {activa::pytorch_snippet(make()), activa::pytorch_snippet(make(), {.hidden_layers = 0})});
}

std::string combo_name(const testing::TestParamInfo<Combo>& info) {
    return std::string(activa::network_key(std::get<0>(info.param))) + "_" +
           std::string(activa::problem_key(std::get<1>(info.param)));
}

INSTANTIATE_TEST_SUITE_P(
    Snippet, SnippetCombo,
    testing::Combine(testing::Values(NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn),
                     testing::Values(ProblemType::Regression, ProblemType::Binary,
                                     ProblemType::Multiclass, ProblemType::Multilabel)),
    combo_name);

TEST(SnippetOptions, SizesReachTheLayers) {
    const activa::SnippetOptions o{
        .inputs = 20, .hidden_units = 32, .hidden_layers = 3, .timesteps = 50};
    const auto mlp = recipe(NetworkType::Mlp, ProblemType::Multiclass);
    const std::string k = activa::keras_snippet(mlp, o);
    expect_all(k, {"keras.Input(shape=(20,))", "Dense(5, activation=\"softmax\")"});
    EXPECT_EQ(count(k, "Dense(32, activation=\"relu\""), 3U) << k;
    const std::string p = activa::pytorch_snippet(mlp, o);
    expect_all(p, {"nn.Linear(20, 32)", "nn.Linear(32, 5)"});
    EXPECT_EQ(count(p, "nn.Linear(32, 32)"), 2U) << p;

    const auto rnn = recipe(NetworkType::Rnn, ProblemType::Binary);
    const std::string kr = activa::keras_snippet(rnn, o);
    expect_all(kr, {"keras.Input(shape=(50, 20))", "        32,\n"});
    EXPECT_EQ(count(kr, "keras.layers.LSTM("), 3U) << kr;
    EXPECT_EQ(count(kr, "return_sequences=True"), 2U) << kr;
    expect_all(activa::pytorch_snippet(rnn, o),
               {"nn.LSTM(20, 32, num_layers=3, batch_first=True)", "nn.Linear(32, 1)"});
}

TEST(SnippetOptions, NoHiddenLayers) {
    const activa::SnippetOptions o{.hidden_layers = 0};
    const auto mlp = recipe(NetworkType::Mlp, ProblemType::Multilabel);
    const std::string k = activa::keras_snippet(mlp, o);
    expect_none(k, {"activation=\"relu\""});
    expect_all(k, {"Dense(4, activation=\"sigmoid\")"});
    expect_all(activa::pytorch_snippet(mlp, o),
               {"self.hidden = nn.Sequential()\n", "nn.Linear(8, 4)"});
    // The convolution block stays; the flattened features feed the output directly.
    expect_all(activa::pytorch_snippet(recipe(NetworkType::Cnn, ProblemType::Binary), o),
               {"nn.Conv2d(1, 32, 3)", "nn.Linear(32 * 13 * 13, 1)"});
    // A recurrent network needs at least one recurrent layer.
    expect_all(activa::pytorch_snippet(recipe(NetworkType::Rnn, ProblemType::Binary), o),
               {"num_layers=1"});
}

TEST(SnippetOptions, ZeroSizesReadAsOne) {
    const activa::SnippetOptions o{
        .inputs = 0, .hidden_units = 0, .hidden_layers = 1, .timesteps = 0};
    const auto rnn = recipe(NetworkType::Rnn, ProblemType::Regression);
    expect_all(activa::keras_snippet(rnn, o), {"keras.Input(shape=(1, 1))"});
    expect_all(activa::pytorch_snippet(rnn, o), {"nn.LSTM(1, 1, num_layers=1"});
}

TEST(SnippetRecipe, HiddenActivationComesFromTheRecipe) {
    auto r = recipe(NetworkType::Mlp, ProblemType::Regression);
    r.hidden = activa::ActivationId::Elu;
    expect_all(activa::keras_snippet(r), {"activation=\"elu\""});
    expect_all(activa::pytorch_snippet(r), {"nn.ELU()"});

    // No shared built-in layer: the snippet says what stands in rather than inventing code.
    r.hidden = activa::ActivationId::Sinusoid;
    const std::string k = activa::keras_snippet(r);
    expect_all(k, {"ReLU stands in", "activation=\"relu\""});
}

TEST(SnippetRecipe, StandInParsesAsPython) {
    if (!python_available()) GTEST_SKIP() << "python3 is not on PATH";
    auto r = recipe(NetworkType::Mlp, ProblemType::Regression);
    r.hidden = activa::ActivationId::Sinusoid;
    const std::string k = activa::keras_snippet(r);
    EXPECT_TRUE(parses_as_python(k)) << k;
    EXPECT_TRUE(parses_as_python(activa::pytorch_snippet(r)));
}

// The parse check must be able to fail, or the ParsesAsPython tests above prove nothing.
TEST(SnippetPythonCheck, RejectsBrokenPython) {
    if (!python_available()) GTEST_SKIP() << "python3 is not on PATH";
    EXPECT_TRUE(parses_as_python("x = 1\n"));
    EXPECT_FALSE(parses_as_python("def broken(:\n    return 1\n", true));
    // A real snippet missing its last closing bracket must fail too.
    std::string s = activa::keras_snippet(recipe(NetworkType::Mlp, ProblemType::Binary));
    const auto last = s.rfind(')');
    ASSERT_NE(last, std::string::npos);
    s.erase(last, 1);
    EXPECT_FALSE(parses_as_python(s, true));
}

} // namespace
