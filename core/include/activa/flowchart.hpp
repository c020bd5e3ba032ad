// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/expected.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

// The two decision flowcharts of "How to Choose an Activation Function for Deep Learning",
// defined once: the wizard, the drawn diagrams, `activa recommend` and the tests read them.

enum class NetworkType : std::uint8_t { Mlp, Cnn, Rnn };
enum class ProblemType : std::uint8_t { Regression, Binary, Multiclass, Multilabel };
enum class OutputActivation : std::uint8_t { Linear, Sigmoid, Softmax };

struct FlowNode {
    std::string_view id;
    bool is_leaf;
    std::string_view text; // the question, or the recommended activation on a leaf
};

struct FlowEdge {
    std::string_view from;
    std::string_view to;
    std::string_view label;  // the answer as shown on the arrow
    std::string_view answer; // the command-line value it stands for ("mlp", "classification")
};

struct Flowchart {
    std::string_view id; // "hidden" or "output"
    std::string_view title;
    std::span<const FlowNode> nodes; // nodes[0] is the root
    std::span<const FlowEdge> edges; // in display order, left to right
};

const Flowchart& hidden_flowchart();
const Flowchart& output_flowchart();
const Flowchart* find_flowchart(std::string_view id);

std::optional<NetworkType> parse_network(std::string_view key); // mlp, cnn, rnn
std::optional<ProblemType> parse_problem(std::string_view key); // regression, binary, ...
std::string_view network_key(NetworkType n);
std::string_view problem_key(ProblemType p);

// What the user has answered so far, in the wizard or on the command line.
struct WizardAnswers {
    std::optional<NetworkType> network;
    bool not_sure = false;              // "not sure" follows the article: start with ReLU
    std::optional<bool> classification; // regression (false) or classification (true)
    std::optional<ProblemType> problem; // binary, multiclass or multilabel once classification
    unsigned classes = 3;               // output classes of a multiclass or multilabel problem
    bool operator==(const WizardAnswers&) const = default;
};

inline constexpr unsigned kMaxClasses = 100000;

// Why a class count does not fit a problem; None when it does.
enum class ClassCountProblem : std::uint8_t {
    None,
    GivenForRegression,    // a regression has no classes
    BinaryIsTwo,           // binary with a count other than 2
    TwoExclusiveAreBinary, // multiclass with 2 classes
    TooFewForMulticlass,   // multiclass with fewer than 2
    OneLabelIsBinary,      // multilabel with fewer than 2
    TooMany,               // more than kMaxClasses
};
// classes absent means "the problem's default" and always fits.
ClassCountProblem class_count_problem(ProblemType problem, std::optional<unsigned> classes);
// Fewest classes each problem accepts; regression takes none.
unsigned min_classes(ProblemType problem);
// Classes assumed when none are given: the article's three-class example for multiclass.
unsigned default_classes(ProblemType problem);

// The answers with every rule applied: a problem only after "classification", not_sure only
// without a network, classes within [1, kMaxClasses]. With OnInvalid::UseDefault a bad answer
// is dropped (and classes reset to 3).
Expected<WizardAnswers> checked(WizardAnswers answers, OnInvalid on_invalid);

// Node ids from the root along the answers given so far; empty when the chart's first question
// is unanswered. "Not sure" names no network, so it lights no path on the hidden chart.
std::vector<std::string_view> flowchart_path(const Flowchart& chart, const WizardAnswers& answers);
// The whole path of one answer on its chart.
std::vector<std::string_view> hidden_path(NetworkType network);
std::vector<std::string_view> output_path(ProblemType problem);

enum class Loss : std::uint8_t { MeanSquaredError, BinaryCrossentropy, CategoricalCrossentropy };
enum class LabelEncoding : std::uint8_t { Scaled, ZeroOne, OneHot, MultiHot };

// The combined advice of both charts, as typed fields.
struct Recipe {
    NetworkType network;
    ProblemType problem;
    unsigned classes; // output classes (1 for regression)
    ActivationId hidden;
    std::optional<ActivationId> gate; // RNNs: the gates' activation beside the hidden one
    WeightInit init;
    InputScaling scaling;
    OutputActivation output;
    unsigned output_nodes;
    LabelEncoding encoding;
    Loss loss;
};

// The combined recommendation, or why the answers are impossible (a class count that does not
// fit the problem).
Expected<Recipe> recommend(NetworkType network, ProblemType problem,
                           std::optional<unsigned> classes);
// The recipe of complete answers; nullopt while a question is open or the classes do not fit.
std::optional<Recipe> recommend(const WizardAnswers& answers);

// The recipe as text, one line per field: hidden layer first, then the output layer.
struct RecipeLine {
    std::string_view key;    // hidden_activation, weight_init, ...
    std::string value;       // as Keras spells it: relu, he_uniform, categorical_crossentropy
    std::string_view reason; // one sentence, marked for translation
};
std::vector<RecipeLine> recipe_lines(const Recipe& recipe);

std::string_view output_activation_key(OutputActivation o); // linear, sigmoid, softmax
std::string_view weight_init_key(WeightInit w);             // he_uniform, glorot_uniform, ...
std::string_view input_scaling_text(InputScaling s);        // [0, 1], [-1, 1], standardised
std::string_view label_encoding_key(LabelEncoding e);       // scaled, 0/1, one-hot, multi-hot
std::string_view loss_key(Loss l); // mean_squared_error, binary_crossentropy, ...

} // namespace activa
