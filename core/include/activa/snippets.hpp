// SPDX-License-Identifier: MIT
#pragma once

#include <activa/flowchart.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace activa {

// Sizes of the example model; the recipe decides everything else. Zeros are read as 1,
// except hidden_layers, where 0 leaves an MLP or CNN with no Dense hidden layer.
struct SnippetOptions {
    unsigned inputs = 8;        // features per sample (MLP) or per time step (RNN)
    unsigned hidden_units = 64; // width of every Dense or LSTM hidden layer
    unsigned hidden_layers = 2; // Dense layers (MLP, and a CNN after its convolution block)
                                // or stacked LSTM layers (RNN, at least one)
    unsigned timesteps = 10;    // sequence length (RNN)
    // Writes the comments in the reader's language: takes a comment's English text (marked
    // for translation in the "core" context, with %1, %2, ... for the numbers and names filled
    // in afterwards) and gives the text to show. Empty keeps English, as the command line does.
    std::function<std::string(std::string_view english)> translate = nullptr;
};

// Python 3 source that builds a minimal model following the recipe and sets up its loss
// and optimiser, with comments on how to scale the inputs and encode the targets. A CNN
// assumes 28x28 single-channel images. The text needs only TensorFlow (Keras) or PyTorch.
std::string keras_snippet(const Recipe& r, const SnippetOptions& o = {});
std::string pytorch_snippet(const Recipe& r, const SnippetOptions& o = {});

} // namespace activa
