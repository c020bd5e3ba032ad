// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>

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

// Node ids from the root to the leaf for the given answer.
std::vector<std::string_view> hidden_path(NetworkType network);
std::vector<std::string_view> output_path(ProblemType problem);

struct RecipeLine {
    std::string_view key; // hidden_activation, weight_init, ...
    std::string value;
    std::string_view reason; // one sentence
};

struct Recipe {
    NetworkType network;
    ProblemType problem;
    unsigned classes; // output classes (1 for regression)
    ActivationId hidden;
    std::optional<ActivationId> gate; // RNNs: the gates' activation beside the hidden one
    OutputActivation output;
    unsigned output_nodes;
    std::vector<RecipeLine> lines; // hidden layer first, then the output layer
};

inline constexpr unsigned kMaxClasses = 100000;

// Fewest classes each problem accepts; regression takes none.
unsigned min_classes(ProblemType problem);
// Classes assumed when none are given: the article's three-class example for multiclass.
unsigned default_classes(ProblemType problem);

// The combined recommendation; nullopt with a one-line reason in *error for impossible
// answers (too few or too many classes, classes given for regression).
std::optional<Recipe> recommend(NetworkType network, ProblemType problem,
                                std::optional<unsigned> classes, std::string* error);

std::string_view output_activation_key(OutputActivation o); // linear, sigmoid, softmax

} // namespace activa
