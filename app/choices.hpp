// SPDX-License-Identifier: MIT
#pragma once

// The options that take one of a fixed set of words, each set in one table: the check reads it,
// the message of a bad word lists it, and the help texts name it from it. The manual page and
// the completion are held to the same lists by tests that ask the program.

#include "cli.hpp"
#include "output.hpp"

#include <activa/activations.hpp>
#include <activa/flowchart.hpp>
#include <activa/init.hpp>
#include <activa/training.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace activa::cli {

template <typename T> struct Choice {
    std::string_view key;
    T value;
};
template <typename T> using Choices = std::vector<Choice<T>>;

const Choices<InitScheme>& init_choices();
const Choices<InputScaling>& input_choices();
const Choices<Optimizer>& optimizer_choices();
const Choices<LossKind>& loss_choices();
const Choices<OutputActivation>& output_activation_choices();
const Choices<NetworkType>& network_choices();
const Choices<ProblemType>& problem_choices();
const Choices<const Flowchart*>& flowchart_choices();

// The keys in order, between `separator` and, before the last, `last`: "a, b or c", "a|b|c".
template <typename T>
std::string choice_keys(const Choices<T>& choices, std::string_view separator = ", ",
                        std::string_view last = " or ") {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) out += i + 1 == choices.size() ? last : separator;
        out += choices[i].key;
    }
    return out;
}

// The value `option` names with `text`; any other word is bad input that lists every key.
template <typename T>
T parse_choice(std::string_view option, std::string_view text, const Choices<T>& choices) {
    const auto it = std::find_if(choices.begin(), choices.end(),
                                 [&](const Choice<T>& c) { return c.key == text; });
    if (it == choices.end())
        fail(std::string(option) + " must be " + choice_keys(choices) + ", got " + quoted(text));
    return it->value;
}

template <typename T> std::string_view choice_key(const Choices<T>& choices, T value) {
    const auto it = std::find_if(choices.begin(), choices.end(),
                                 [&](const Choice<T>& c) { return c.value == value; });
    return it == choices.end() ? std::string_view() : it->key;
}

} // namespace activa::cli
