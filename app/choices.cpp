// SPDX-License-Identifier: MIT
#include "choices.hpp"

namespace activa::cli {
namespace {

// Keys as core spells them, in the order the help texts list them.
template <typename T, typename Key> Choices<T> keyed(std::initializer_list<T> values, Key key) {
    Choices<T> out;
    for (const T v : values)
        out.push_back({key(v), v});
    return out;
}

} // namespace

const Choices<InitScheme>& init_choices() {
    static const Choices<InitScheme> choices = [] {
        Choices<InitScheme> out;
        for (const InitSchemeInfo& s : init_schemes())
            out.push_back({s.key, s.id});
        return out;
    }();
    return choices;
}

const Choices<InputScaling>& input_choices() {
    static const auto choices = keyed(
        {InputScaling::ZeroOne, InputScaling::MinusOneOne, InputScaling::Standardised},
        input_scaling_key);
    return choices;
}

const Choices<Optimizer>& optimizer_choices() {
    static const auto choices = keyed({Optimizer::Adam, Optimizer::Sgd}, optimizer_key);
    return choices;
}

const Choices<LossKind>& loss_choices() {
    static const auto choices =
        keyed({Loss::MeanSquaredError, Loss::BinaryCrossentropy, Loss::CategoricalCrossentropy},
              [](Loss l) { return loss_key(l); });
    return choices;
}

const Choices<OutputActivation>& output_activation_choices() {
    static const auto choices =
        keyed({OutputActivation::Linear, OutputActivation::Sigmoid, OutputActivation::Softmax},
              output_activation_key);
    return choices;
}

const Choices<NetworkType>& network_choices() {
    static const auto choices =
        keyed({NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn}, network_key);
    return choices;
}

const Choices<ProblemType>& problem_choices() {
    static const auto choices = keyed({ProblemType::Regression, ProblemType::Binary,
                                       ProblemType::Multiclass, ProblemType::Multilabel},
                                      problem_key);
    return choices;
}

const Choices<const Flowchart*>& flowchart_choices() {
    static const auto choices =
        keyed({&hidden_flowchart(), &output_flowchart()}, [](const Flowchart* f) { return f->id; });
    return choices;
}

} // namespace activa::cli
