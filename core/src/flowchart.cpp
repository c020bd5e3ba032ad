// SPDX-License-Identifier: MIT
#include <activa/flowchart.hpp>
#include <activa/init.hpp>

#include "text.hpp"

#include <algorithm>
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
// The recipe's fields spelt as Keras spells them, in the order of their enums.
constexpr std::array<std::string_view, 3> kOutputKeys{"linear", "sigmoid", "softmax"};
constexpr std::array<std::string_view, 3> kScalingTexts{"[0, 1]", "[-1, 1]", "standardised"};
constexpr std::array<std::string_view, 4> kEncodingKeys{"scaled", "0/1", "one-hot", "multi-hot"};
constexpr std::array<std::string_view, 3> kLossKeys{"mean_squared_error", "binary_crossentropy",
                                                    "categorical_crossentropy"};

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

std::vector<std::string_view> flowchart_path(const Flowchart& chart, const WizardAnswers& a) {
    std::vector<std::string_view> answers;
    // "Not sure" is no network: the hidden chart lights no path for it, although the recipe
    // starts with ReLU as the article advises.
    if (a.network && !a.not_sure) answers.push_back(network_key(*a.network));
    if (a.classification) {
        if (!*a.classification) {
            answers.push_back(problem_key(ProblemType::Regression));
        } else {
            answers.push_back("classification");
            if (a.problem) answers.push_back(problem_key(*a.problem));
        }
    }
    if (chart.nodes.empty()) return {};
    // Follow the edges whose answers are given, from the root; each node at most once.
    std::vector<std::string_view> path{chart.nodes[0].id};
    for (bool moved = true; moved;) {
        moved = false;
        for (const FlowEdge& e : chart.edges) {
            if (e.from != path.back() ||
                std::find(answers.begin(), answers.end(), e.answer) == answers.end() ||
                std::find(path.begin(), path.end(), e.to) != path.end())
                continue;
            path.push_back(e.to);
            moved = true;
            break;
        }
    }
    if (path.size() == 1) path.clear(); // the first question is open: nothing is on a path yet
    return path;
}

std::vector<std::string_view> hidden_path(NetworkType network) {
    WizardAnswers a;
    a.network = network;
    return flowchart_path(kHidden, a);
}

std::vector<std::string_view> output_path(ProblemType problem) {
    WizardAnswers a;
    a.classification = problem != ProblemType::Regression;
    if (*a.classification) a.problem = problem;
    return flowchart_path(kOutput, a);
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

ClassCountProblem class_count_problem(ProblemType problem, std::optional<unsigned> classes) {
    using enum ClassCountProblem;
    if (!classes) return None;
    const unsigned n = *classes;
    switch (problem) {
    case ProblemType::Regression:
        return GivenForRegression;
    case ProblemType::Binary:
        return n == 2 ? None : BinaryIsTwo;
    case ProblemType::Multiclass:
        if (n == 2) return TwoExclusiveAreBinary;
        if (n < 2) return TooFewForMulticlass;
        break;
    case ProblemType::Multilabel:
        if (n < 2) return OneLabelIsBinary;
        break;
    }
    return n > kMaxClasses ? TooMany : None;
}

Expected<WizardAnswers> checked(WizardAnswers a, OnInvalid on_invalid) {
    const bool repair = on_invalid == OnInvalid::UseDefault;
    using Result = Expected<WizardAnswers>;
    if (a.not_sure && a.network) {
        if (!repair) return Result::failure("an answer cannot be both a network and not sure");
        a.not_sure = false;
    }
    if (a.problem && (*a.problem == ProblemType::Regression || a.classification != true)) {
        if (!repair)
            return Result::failure("a classification type needs the answer classification");
        a.problem.reset();
    }
    if (a.classes < 1 || a.classes > kMaxClasses) {
        if (!repair)
            return Result::failure("classes must be between 1 and " + std::to_string(kMaxClasses) +
                                   ", got " + std::to_string(a.classes));
        a.classes = WizardAnswers{}.classes;
    }
    return a;
}

std::string_view output_activation_key(OutputActivation o) {
    return kOutputKeys[static_cast<std::size_t>(o)];
}

std::string_view weight_init_key(WeightInit w) {
    return init_scheme_key(recommended_init(w));
}

std::string_view input_scaling_text(InputScaling s) {
    return kScalingTexts[static_cast<std::size_t>(s)];
}

std::string_view label_encoding_key(LabelEncoding e) {
    return kEncodingKeys[static_cast<std::size_t>(e)];
}

std::string_view loss_key(Loss l) {
    return kLossKeys[static_cast<std::size_t>(l)];
}

Expected<Recipe> recommend(NetworkType network, ProblemType problem,
                           std::optional<unsigned> classes) {
    using Result = Expected<Recipe>;
    switch (class_count_problem(problem, classes)) {
    case ClassCountProblem::None:
        break;
    case ClassCountProblem::GivenForRegression:
        return Result::failure("--classes applies to classification problems, not regression");
    case ClassCountProblem::BinaryIsTwo:
        return Result::failure("binary classification has exactly 2 classes");
    case ClassCountProblem::TwoExclusiveAreBinary:
    case ClassCountProblem::TooFewForMulticlass:
    case ClassCountProblem::OneLabelIsBinary:
        return Result::failure(std::string(problem_key(problem)) +
                               " classification needs at least " +
                               std::to_string(min_classes(problem)) + " classes");
    case ClassCountProblem::TooMany:
        return Result::failure("at most " + std::to_string(kMaxClasses) + " classes are supported");
    }
    const unsigned n = classes.value_or(default_classes(problem));
    const bool recurrent = network == NetworkType::Rnn;
    Recipe r{};
    r.network = network;
    r.problem = problem;
    r.classes = problem == ProblemType::Regression ? 1U : n;
    r.hidden = recurrent ? ActivationId::Tanh : ActivationId::Relu;
    if (recurrent) r.gate = ActivationId::Sigmoid;
    r.init = info(r.hidden).properties.init;
    r.scaling = info(r.hidden).properties.scaling;
    switch (problem) {
    case ProblemType::Regression:
        r.output = OutputActivation::Linear;
        r.output_nodes = 1;
        r.encoding = LabelEncoding::Scaled;
        r.loss = Loss::MeanSquaredError;
        break;
    case ProblemType::Binary:
        r.output = OutputActivation::Sigmoid;
        r.output_nodes = 1;
        r.encoding = LabelEncoding::ZeroOne;
        r.loss = Loss::BinaryCrossentropy;
        break;
    case ProblemType::Multiclass:
        r.output = OutputActivation::Softmax;
        r.output_nodes = n;
        r.encoding = LabelEncoding::OneHot;
        r.loss = Loss::CategoricalCrossentropy;
        break;
    case ProblemType::Multilabel:
        r.output = OutputActivation::Sigmoid;
        r.output_nodes = n;
        r.encoding = LabelEncoding::MultiHot;
        r.loss = Loss::BinaryCrossentropy;
        break;
    }
    return r;
}

std::optional<Recipe> recommend(const WizardAnswers& a) {
    if ((!a.network && !a.not_sure) || !a.classification) return std::nullopt;
    const NetworkType network = a.network.value_or(NetworkType::Mlp);
    if (!*a.classification) return *recommend(network, ProblemType::Regression, std::nullopt);
    if (!a.problem) return std::nullopt;
    const std::optional<unsigned> classes =
        *a.problem == ProblemType::Binary ? std::nullopt : std::optional(a.classes);
    auto r = recommend(network, *a.problem, classes);
    if (!r) return std::nullopt;
    return *std::move(r);
}

namespace {

// Why the output layer is what it is, per problem: output activation, nodes, label encoding
// and loss, in the order of ProblemType.
struct OutputReasons {
    std::string_view output;
    std::string_view nodes;
    std::string_view encoding;
    std::string_view loss;
};
constexpr std::array<OutputReasons, 4> kOutputReasons{{
    {// Regression
     ACTIVA_TR("core", "A regression predicts an unbounded real value, so the output node "
                       "passes its weighted sum through unchanged."),
     ACTIVA_TR("core", "One node predicts the one numeric target."),
     ACTIVA_TR("core", "Targets are normalised or standardised, like the inputs."),
     ACTIVA_TR("core", "Mean squared error is the usual loss for a real-valued target.")},
    {// Binary
     ACTIVA_TR("core", "One sigmoid node gives the probability of the positive class."),
     ACTIVA_TR("core", "Two exclusive classes need only one probability; the other is its "
                       "complement."),
     ACTIVA_TR("core", "Targets are 0 or 1; round the predicted probability to get the "
                       "label."),
     ACTIVA_TR("core", "Binary cross-entropy (log loss) matches a sigmoid probability.")},
    {// Multiclass
     ACTIVA_TR("core", "Softmax turns one score per class into probabilities that sum to "
                       "1, for mutually exclusive classes."),
     ACTIVA_TR("core", "One node per class."),
     ACTIVA_TR("core", "Targets are one-hot vectors; the predicted label is the argmax of "
                       "the probabilities."),
     ACTIVA_TR("core", "Categorical cross-entropy compares the softmax distribution with "
                       "the one-hot target.")},
    {// Multilabel
     ACTIVA_TR("core", "Classes are not exclusive, so each node gets its own independent "
                       "sigmoid probability."),
     ACTIVA_TR("core", "One node per class."),
     ACTIVA_TR("core", "Targets are multi-hot vectors: a 1 for every class that applies."),
     ACTIVA_TR("core", "Binary cross-entropy on every node treats each class as its own "
                       "yes/no question.")},
}};

} // namespace

std::vector<RecipeLine> recipe_lines(const Recipe& r) {
    std::vector<RecipeLine> lines;
    auto add = [&](std::string_view key, std::string_view value, std::string_view reason) {
        lines.push_back({key, std::string(value), reason});
    };
    const std::string_view hidden = info(r.hidden).key;
    if (r.network == NetworkType::Rnn) {
        add("hidden_activation", hidden,
            ACTIVA_TR("core", "Recurrent networks still use tanh for their hidden state and "
                              "output, where ReLU's unbounded growth would compound over time."));
        if (r.gate)
            add("gate_activation", info(*r.gate).key,
                ACTIVA_TR("core", "Gated cells such as the LSTM use sigmoid for their recurrent "
                                  "gates, as a 0-to-1 valve."));
        add("weight_init", weight_init_key(r.init),
            ACTIVA_TR("core", "Glorot (Xavier) initialisation keeps the variance of tanh and "
                              "sigmoid layers steady from layer to layer."));
        add("input_scaling", input_scaling_text(r.scaling),
            ACTIVA_TR("core", "Tanh is centred on zero, so inputs scaled to -1..1 use its "
                              "whole range."));
    } else {
        add("hidden_activation", hidden,
            ACTIVA_TR("core", "ReLU is the modern default for multilayer perceptrons and "
                              "convolutional networks: simple, fast and less prone to vanishing "
                              "gradients than sigmoid and tanh."));
        add("weight_init", weight_init_key(r.init),
            ACTIVA_TR("core", "He initialisation is designed for ReLU, which zeroes half of its "
                              "inputs."));
        add("input_scaling", input_scaling_text(r.scaling),
            ACTIVA_TR("core", "ReLU networks train best on inputs scaled to the range 0 to 1."));
    }
    const OutputReasons& why = kOutputReasons[static_cast<std::size_t>(r.problem)];
    add("output_activation", output_activation_key(r.output), why.output);
    add("output_nodes", std::to_string(r.output_nodes), why.nodes);
    add("label_encoding", label_encoding_key(r.encoding), why.encoding);
    add("loss", loss_key(r.loss), why.loss);
    return lines;
}

} // namespace activa
