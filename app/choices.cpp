// SPDX-License-Identifier: MIT
#include "choices.hpp"

#include <type_traits>

namespace activa::cli {
namespace {

// The values with their keys as core spells them, in the order the help texts list them; made
// once for each list.
template <auto key, auto... values> const auto& keyed() {
    using T = std::common_type_t<decltype(values)...>;
    static const Choices<T> choices{Choice<T>{key(values), values}...};
    return choices;
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
    return keyed<input_scaling_key, InputScaling::ZeroOne, InputScaling::MinusOneOne,
                 InputScaling::Standardised>();
}

const Choices<Optimizer>& optimizer_choices() {
    return keyed<optimizer_key, Optimizer::Adam, Optimizer::Sgd>();
}

const Choices<LossKind>& loss_choices() {
    return keyed<loss_key, Loss::MeanSquaredError, Loss::BinaryCrossentropy,
                 Loss::CategoricalCrossentropy>();
}

const Choices<OutputActivation>& output_activation_choices() {
    return keyed<output_activation_key, OutputActivation::Linear, OutputActivation::Sigmoid,
                 OutputActivation::Softmax>();
}

const Choices<NetworkType>& network_choices() {
    return keyed<network_key, NetworkType::Mlp, NetworkType::Cnn, NetworkType::Rnn>();
}

const Choices<ProblemType>& problem_choices() {
    return keyed<problem_key, ProblemType::Regression, ProblemType::Binary, ProblemType::Multiclass,
                 ProblemType::Multilabel>();
}

const Choices<const Flowchart*>& flowchart_choices() {
    static const Choices<const Flowchart*> choices{{hidden_flowchart().id, &hidden_flowchart()},
                                                   {output_flowchart().id, &output_flowchart()}};
    return choices;
}

} // namespace activa::cli
