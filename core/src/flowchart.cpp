// SPDX-License-Identifier: MIT
#include <activa/flowchart.hpp>

#include "text.hpp"

#include <array>

namespace activa {
namespace {

constexpr std::array<FlowNode, 4> kHiddenNodes{{
    {"network", false, ACTIVA_TR("core", "Network type?")},
    {"relu_mlp", true, ACTIVA_TR("core", "ReLU")},
    {"relu_cnn", true, ACTIVA_TR("core", "ReLU")},
    {"tanh_sigmoid", true, ACTIVA_TR("core", "Tanh and/or Sigmoid")},
}};
constexpr std::array<FlowEdge, 3> kHiddenEdges{{
    {"network", "relu_mlp", ACTIVA_TR("core", "Multilayer Perceptron (MLP)"), "mlp"},
    {"network", "relu_cnn", ACTIVA_TR("core", "Convolutional Neural Net (CNN)"), "cnn"},
    {"network", "tanh_sigmoid", ACTIVA_TR("core", "Recurrent Neural Net (RNN)"), "rnn"},
}};

constexpr std::array<FlowNode, 6> kOutputNodes{{
    {"problem", false, ACTIVA_TR("core", "Problem type?")},
    {"linear", true, ACTIVA_TR("core", "Linear")},
    {"classification", false, ACTIVA_TR("core", "Classification type?")},
    {"sigmoid_binary", true, ACTIVA_TR("core", "Sigmoid")},
    {"softmax", true, ACTIVA_TR("core", "Softmax")},
    {"sigmoid_multilabel", true, ACTIVA_TR("core", "Sigmoid")},
}};
constexpr std::array<FlowEdge, 5> kOutputEdges{{
    {"problem", "linear", ACTIVA_TR("core", "Regression"), "regression"},
    {"problem", "classification", ACTIVA_TR("core", "Classification"), "classification"},
    {"classification", "sigmoid_binary", ACTIVA_TR("core", "Binary"), "binary"},
    {"classification", "softmax", ACTIVA_TR("core", "Multiclass"), "multiclass"},
    {"classification", "sigmoid_multilabel", ACTIVA_TR("core", "Multilabel"), "multilabel"},
}};

const Flowchart kHidden{"hidden",
                        ACTIVA_TR("core", "How to choose a hidden layer activation function"),
                        kHiddenNodes, kHiddenEdges};
const Flowchart kOutput{"output",
                        ACTIVA_TR("core", "How to choose an output layer activation function"),
                        kOutputNodes, kOutputEdges};

constexpr std::array<std::string_view, 3> kNetworkKeys{"mlp", "cnn", "rnn"};
constexpr std::array<std::string_view, 4> kProblemKeys{"regression", "binary", "multiclass",
                                                       "multilabel"};

} // namespace

const Flowchart& hidden_flowchart() {
    return kHidden;
}
const Flowchart& output_flowchart() {
    return kOutput;
}
const Flowchart* find_flowchart(std::string_view id) {
    if (id == kHidden.id) return &kHidden;
    if (id == kOutput.id) return &kOutput;
    return nullptr;
}

std::optional<NetworkType> parse_network(std::string_view key) {
    for (std::size_t i = 0; i < kNetworkKeys.size(); ++i)
        if (kNetworkKeys[i] == key) return static_cast<NetworkType>(i);
    return std::nullopt;
}
std::optional<ProblemType> parse_problem(std::string_view key) {
    for (std::size_t i = 0; i < kProblemKeys.size(); ++i)
        if (kProblemKeys[i] == key) return static_cast<ProblemType>(i);
    return std::nullopt;
}
std::string_view network_key(NetworkType n) {
    return kNetworkKeys[static_cast<std::size_t>(n)];
}
std::string_view problem_key(ProblemType p) {
    return kProblemKeys[static_cast<std::size_t>(p)];
}

namespace {
// Follows the edges whose answers are given, from the root.
std::vector<std::string_view> walk(const Flowchart& f,
                                   std::initializer_list<std::string_view> answers) {
    std::vector<std::string_view> path{f.nodes[0].id};
    for (const std::string_view answer : answers)
        for (const FlowEdge& e : f.edges)
            if (e.from == path.back() && e.answer == answer) {
                path.push_back(e.to);
                break;
            }
    return path;
}
} // namespace

std::vector<std::string_view> hidden_path(NetworkType network) {
    return walk(kHidden, {network_key(network)});
}

std::vector<std::string_view> output_path(ProblemType problem) {
    if (problem == ProblemType::Regression) return walk(kOutput, {"regression"});
    return walk(kOutput, {"classification", problem_key(problem)});
}

unsigned min_classes(ProblemType problem) {
    switch (problem) {
    case ProblemType::Regression:
        return 0;
    case ProblemType::Binary:
        return 2;
    case ProblemType::Multiclass:
        return 3;
    case ProblemType::Multilabel:
        return 2;
    }
    return 0;
}

unsigned default_classes(ProblemType problem) {
    return problem == ProblemType::Multiclass ? 3 : min_classes(problem);
}

std::string_view output_activation_key(OutputActivation o) {
    switch (o) {
    case OutputActivation::Linear:
        return "linear";
    case OutputActivation::Sigmoid:
        return "sigmoid";
    case OutputActivation::Softmax:
        return "softmax";
    }
    return {};
}

std::optional<Recipe> recommend(NetworkType network, ProblemType problem,
                                std::optional<unsigned> classes, std::string* error) {
    auto fail = [&](std::string message) -> std::optional<Recipe> {
        if (error) *error = std::move(message);
        return std::nullopt;
    };
    if (problem == ProblemType::Regression && classes)
        return fail("--classes applies to classification problems, not regression");
    const unsigned n = classes.value_or(default_classes(problem));
    if (problem == ProblemType::Binary && n != 2)
        return fail("binary classification has exactly 2 classes");
    if (problem != ProblemType::Regression && n < min_classes(problem))
        return fail(std::string(problem_key(problem)) + " classification needs at least " +
                    std::to_string(min_classes(problem)) + " classes");
    if (n > kMaxClasses)
        return fail("at most " + std::to_string(kMaxClasses) + " classes are supported");

    Recipe r{network,
             problem,
             problem == ProblemType::Regression ? 1U : n,
             ActivationId::Relu,
             std::nullopt,
             OutputActivation::Linear,
             1,
             {}};
    const bool recurrent = network == NetworkType::Rnn;
    if (recurrent) {
        r.hidden = ActivationId::Tanh;
        r.gate = ActivationId::Sigmoid;
        r.lines.push_back(
            {"hidden_activation", "tanh",
             ACTIVA_TR("core", "Recurrent networks still use tanh for their hidden state and "
                               "output, where ReLU's unbounded growth would compound over time.")});
        r.lines.push_back(
            {"gate_activation", "sigmoid",
             ACTIVA_TR("core",
                       "Gated cells such as the LSTM use sigmoid for their recurrent gates, "
                       "as a 0-to-1 valve.")});
        r.lines.push_back(
            {"weight_init", "glorot_uniform",
             ACTIVA_TR("core", "Glorot (Xavier) initialisation keeps the variance of tanh and "
                               "sigmoid layers steady from layer to layer.")});
        r.lines.push_back(
            {"input_scaling", "[-1, 1]",
             ACTIVA_TR("core", "Tanh is centred on zero, so inputs scaled to -1..1 use its "
                               "whole range.")});
    } else {
        r.lines.push_back(
            {"hidden_activation", "relu",
             ACTIVA_TR("core", "ReLU is the modern default for multilayer perceptrons and "
                               "convolutional networks: simple, fast and less prone to vanishing "
                               "gradients than sigmoid and tanh.")});
        r.lines.push_back(
            {"weight_init", "he_uniform",
             ACTIVA_TR("core", "He initialisation is designed for ReLU, which zeroes half of its "
                               "inputs.")});
        r.lines.push_back(
            {"input_scaling", "[0, 1]",
             ACTIVA_TR("core", "ReLU networks train best on inputs scaled to the range 0 to 1.")});
    }
    switch (problem) {
    case ProblemType::Regression:
        r.output = OutputActivation::Linear;
        r.output_nodes = 1;
        r.lines.push_back(
            {"output_activation", "linear",
             ACTIVA_TR("core", "A regression predicts an unbounded real value, so the output node "
                               "passes its weighted sum through unchanged.")});
        r.lines.push_back(
            {"output_nodes", "1", ACTIVA_TR("core", "One node predicts the one numeric target.")});
        r.lines.push_back(
            {"label_encoding", "scaled",
             ACTIVA_TR("core", "Targets are normalised or standardised, like the inputs.")});
        r.lines.push_back(
            {"loss", "mean_squared_error",
             ACTIVA_TR("core", "Mean squared error is the usual loss for a real-valued target.")});
        break;
    case ProblemType::Binary:
        r.output = OutputActivation::Sigmoid;
        r.output_nodes = 1;
        r.lines.push_back(
            {"output_activation", "sigmoid",
             ACTIVA_TR("core", "One sigmoid node gives the probability of the positive class.")});
        r.lines.push_back(
            {"output_nodes", "1",
             ACTIVA_TR("core", "Two exclusive classes need only one probability; the other is its "
                               "complement.")});
        r.lines.push_back(
            {"label_encoding", "0/1",
             ACTIVA_TR("core", "Targets are 0 or 1; round the predicted probability to get the "
                               "label.")});
        r.lines.push_back(
            {"loss", "binary_crossentropy",
             ACTIVA_TR("core", "Binary cross-entropy (log loss) matches a sigmoid probability.")});
        break;
    case ProblemType::Multiclass:
        r.output = OutputActivation::Softmax;
        r.output_nodes = n;
        r.lines.push_back(
            {"output_activation", "softmax",
             ACTIVA_TR("core",
                       "Softmax turns one score per class into probabilities that sum to 1, "
                       "for mutually exclusive classes.")});
        r.lines.push_back(
            {"output_nodes", std::to_string(n), ACTIVA_TR("core", "One node per class.")});
        r.lines.push_back(
            {"label_encoding", "one-hot",
             ACTIVA_TR("core", "Targets are one-hot vectors; the predicted label is the argmax of "
                               "the probabilities.")});
        r.lines.push_back(
            {"loss", "categorical_crossentropy",
             ACTIVA_TR("core", "Categorical cross-entropy compares the softmax distribution with "
                               "the one-hot target.")});
        break;
    case ProblemType::Multilabel:
        r.output = OutputActivation::Sigmoid;
        r.output_nodes = n;
        r.lines.push_back(
            {"output_activation", "sigmoid",
             ACTIVA_TR("core", "Classes are not exclusive, so each node gets its own independent "
                               "sigmoid probability.")});
        r.lines.push_back(
            {"output_nodes", std::to_string(n), ACTIVA_TR("core", "One node per class.")});
        r.lines.push_back(
            {"label_encoding", "multi-hot",
             ACTIVA_TR("core",
                       "Targets are multi-hot vectors: a 1 for every class that applies.")});
        r.lines.push_back(
            {"loss", "binary_crossentropy",
             ACTIVA_TR("core", "Binary cross-entropy on every node treats each class as its own "
                               "yes/no question.")});
        break;
    }
    return r;
}

} // namespace activa
