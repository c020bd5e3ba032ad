// SPDX-License-Identifier: MIT
#include <activa/snippets.hpp>

#include <activa/activations.hpp>

#include "text.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace activa {
namespace {

// The CNN example assumes MNIST-sized images, the usual first data set for one.
constexpr unsigned kImageSide = 28;
constexpr unsigned kFilters = 32;
constexpr unsigned kKernel = 3;
constexpr unsigned kPool = 2;
// A valid 3x3 convolution trims a pixel from each edge, then pooling halves the side.
constexpr unsigned kConvSide = kImageSide - kKernel + 1;
constexpr unsigned kPooledSide = kConvSide / kPool;

unsigned at_least_one(unsigned n) {
    return std::max(n, 1U);
}

// Recipe text ends up inside comments and string literals; neither may break a line.
std::string one_line(std::string_view s) {
    std::string out(s);
    std::replace(out.begin(), out.end(), '\n', ' ');
    std::replace(out.begin(), out.end(), '\r', ' ');
    return out;
}

// A comment's text in the reader's language, %1, %2, ... filled in with args in order.
std::string say(const SnippetOptions& o, std::string_view english,
                std::initializer_list<std::string> args = {}) {
    std::string text = o.translate ? o.translate(english) : std::string(english);
    char marker[3] = {'%', '1', '\0'};
    for (const std::string& arg : args) {
        for (std::size_t at = text.find(marker); at != std::string::npos;
             at = text.find(marker, at + arg.size()))
            text.replace(at, 2, arg);
        ++marker[1];
    }
    return one_line(text);
}

// A line of comment in the reader's language.
std::string comment(const SnippetOptions& o, std::string_view english,
                    std::initializer_list<std::string> args = {}) {
    return "# " + say(o, english, args) + "\n";
}

std::string py_string(std::string_view s) {
    std::string out = "\"";
    for (const char c : one_line(s)) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + '"';
}

// Hidden activations that both libraries ship under these names, with matching defaults.
struct BuiltIn {
    ActivationId id;
    std::string_view keras;
    std::string_view torch;
};
constexpr std::array<BuiltIn, 10> kBuiltIns{{
    {ActivationId::Identity, "linear", "nn.Identity()"},
    {ActivationId::Relu, "relu", "nn.ReLU()"},
    {ActivationId::Elu, "elu", "nn.ELU()"},
    {ActivationId::Selu, "selu", "nn.SELU()"},
    {ActivationId::Gelu, "gelu", "nn.GELU()"},
    {ActivationId::Silu, "swish", "nn.SiLU()"},
    {ActivationId::Softplus, "softplus", "nn.Softplus()"},
    {ActivationId::Softsign, "softsign", "nn.Softsign()"},
    {ActivationId::Sigmoid, "sigmoid", "nn.Sigmoid()"},
    {ActivationId::Tanh, "tanh", "nn.Tanh()"},
}};

const BuiltIn* find_built_in(ActivationId id) {
    for (const BuiltIn& b : kBuiltIns)
        if (b.id == id) return &b;
    return nullptr;
}

// Functions without a built-in layer fall back to ReLU, and the snippet says so.
const BuiltIn& hidden_activation(const Recipe& r) {
    const BuiltIn* b = find_built_in(r.hidden);
    return b ? *b : *find_built_in(ActivationId::Relu);
}

void note_substitution(std::string& out, const Recipe& r, const SnippetOptions& o) {
    if (!find_built_in(r.hidden))
        out += comment(
            o,
            ACTIVA_TR("core", "%1 has no built-in layer in both libraries; ReLU stands in for it"),
            {say(o, info(r.hidden).name)});
}

// The PyTorch calls that draw from the same distributions as Keras' initialisers:
// kaiming_uniform_ with the ReLU gain is he_uniform, and kaiming_normal_ with gain 1 is
// lecun_normal (untruncated, as the labs draw it).
std::string torch_init(WeightInit w, std::string_view tensor) {
    const std::string t(tensor);
    switch (w) {
    case WeightInit::He:
        return "nn.init.kaiming_uniform_(" + t + ", nonlinearity=\"relu\")";
    case WeightInit::Glorot:
        return "nn.init.xavier_uniform_(" + t + ")";
    case WeightInit::LeCun:
        return "nn.init.kaiming_normal_(" + t + ", nonlinearity=\"linear\")";
    }
    return "nn.init.xavier_uniform_(" + t + ")";
}

std::string scaling_comment(const Recipe& r, const SnippetOptions& o) {
    if (r.scaling == InputScaling::Standardised)
        return comment(o, ACTIVA_TR("core", "standardise inputs to zero mean and unit variance"));
    const std::string range(input_scaling_text(r.scaling));
    if (r.network == NetworkType::Cnn && r.scaling == InputScaling::ZeroOne)
        return comment(
            o, ACTIVA_TR("core", "scale inputs to %1 (divide 8-bit pixel values by 255)"), {range});
    return comment(o, ACTIVA_TR("core", "scale inputs to %1"), {range});
}

std::string network_name(NetworkType n, const SnippetOptions& o) {
    switch (n) {
    case NetworkType::Mlp:
        return say(o, ACTIVA_TR("core", "multilayer perceptron (MLP)"));
    case NetworkType::Cnn:
        return say(o, ACTIVA_TR("core", "convolutional network (CNN)"));
    case NetworkType::Rnn:
        return say(o, ACTIVA_TR("core", "recurrent network (RNN) with LSTM cells"));
    }
    return {};
}

std::string problem_name(const Recipe& r, const SnippetOptions& o) {
    const std::string n = std::to_string(at_least_one(r.output_nodes));
    switch (r.problem) {
    case ProblemType::Regression:
        return say(o, ACTIVA_TR("core", "regression"));
    case ProblemType::Binary:
        return say(o, ACTIVA_TR("core", "binary classification"));
    case ProblemType::Multiclass:
        return say(o, ACTIVA_TR("core", "multiclass classification with %1 classes"), {n});
    case ProblemType::Multilabel:
        return say(o, ACTIVA_TR("core", "multilabel classification with %1 labels"), {n});
    }
    return {};
}

std::string header(const Recipe& r, const SnippetOptions& o) {
    return comment(o, ACTIVA_TR("core", "Activa recipe: %1 for %2."),
                   {network_name(r.network, o), problem_name(r, o)});
}

std::string input_comment(const Recipe& r, const SnippetOptions& o, bool channels_first) {
    const std::string side = std::to_string(kImageSide);
    switch (r.network) {
    case NetworkType::Mlp:
        return comment(o, ACTIVA_TR("core", "inputs: %1 features per sample"),
                       {std::to_string(at_least_one(o.inputs))});
    case NetworkType::Cnn:
        return channels_first
                   ? comment(o,
                             ACTIVA_TR("core", "inputs: %1x%1 greyscale images, shape (batch, 1, "
                                               "%1, %1); adjust the layers for other sizes"),
                             {side})
                   : comment(o,
                             ACTIVA_TR("core", "inputs: %1x%1 greyscale images, shape (%1, %1, "
                                               "1); change the Input shape for other data"),
                             {side});
    case NetworkType::Rnn:
        return comment(
            o, ACTIVA_TR("core", "inputs: sequences of %1 time steps with %2 features each"),
            {std::to_string(at_least_one(o.timesteps)), std::to_string(at_least_one(o.inputs))});
    }
    return {};
}

std::string_view keras_output(OutputActivation a) {
    return output_activation_key(a); // linear, sigmoid and softmax are Keras names too
}

std::string_view keras_loss(const Recipe& r) {
    return loss_key(r.loss); // the recipe spells losses as Keras does
}

std::string_view keras_metric(ProblemType p) {
    switch (p) {
    case ProblemType::Regression:
        return "mean_absolute_error";
    case ProblemType::Binary:
    case ProblemType::Multiclass:
        return "accuracy";
    case ProblemType::Multilabel:
        // Per-label accuracy: Keras 3 reads "accuracy" with several sigmoid outputs as
        // categorical (argmax) accuracy, which is meaningless when classes are not exclusive.
        return "binary_accuracy";
    }
    return "accuracy";
}

// What the targets are for each problem type, in ProblemType's order.
constexpr std::array<std::string_view, 4> kKerasTargets{
    ACTIVA_TR("core", "targets: real values, scaled like the inputs"),
    ACTIVA_TR("core", "targets: 0 or 1"),
    ACTIVA_TR("core", "targets: one-hot vectors, one column per class"),
    ACTIVA_TR("core", "targets: multi-hot vectors, a 1 for every class that applies")};

std::string keras_targets(ProblemType p, const SnippetOptions& o) {
    return comment(o, kKerasTargets[static_cast<std::size_t>(p)]);
}

// What both snippets open with: the recipe, the imports, the inputs and their scaling, the
// targets where the library says them first (Keras; PyTorch says them beside its loss), and a
// stand-in for a hidden activation neither library has.
std::string opening(const Recipe& r, const SnippetOptions& o, std::string_view imports,
                    bool channels_first, const std::string& targets) {
    std::string out = header(r, o);
    out += imports;
    out += input_comment(r, o, channels_first);
    out += scaling_comment(r, o);
    out += targets;
    note_substitution(out, r, o);
    return out;
}

std::string keras_dense(unsigned units, std::string_view activation, WeightInit init) {
    return "    keras.layers.Dense(" + std::to_string(units) +
           ", activation=" + py_string(activation) +
           ", kernel_initializer=" + py_string(weight_init_key(init)) + "),\n";
}

} // namespace

std::string keras_snippet(const Recipe& r, const SnippetOptions& o) {
    const unsigned units = at_least_one(o.hidden_units);
    const unsigned nodes = at_least_one(r.output_nodes);
    const WeightInit init = r.init;
    const BuiltIn& hidden = hidden_activation(r);

    std::string out =
        opening(r, o, "from tensorflow import keras\n\n", false, keras_targets(r.problem, o));
    out += "model = keras.Sequential([\n";
    switch (r.network) {
    case NetworkType::Mlp:
        out += "    keras.Input(shape=(" + std::to_string(at_least_one(o.inputs)) + ",)),\n";
        for (unsigned i = 0; i < o.hidden_layers; ++i)
            out += keras_dense(units, hidden.keras, init);
        break;
    case NetworkType::Cnn: {
        const std::string side = std::to_string(kImageSide);
        out += "    keras.Input(shape=(" + side + ", " + side + ", 1)),\n";
        out += "    keras.layers.Conv2D(" + std::to_string(kFilters) + ", " +
               std::to_string(kKernel) + ", activation=" + py_string(hidden.keras) +
               ", kernel_initializer=" + py_string(weight_init_key(init)) + "),\n";
        out += "    keras.layers.MaxPooling2D(" + std::to_string(kPool) + "),\n";
        out += "    keras.layers.Flatten(),\n";
        for (unsigned i = 0; i < o.hidden_layers; ++i)
            out += keras_dense(units, hidden.keras, init);
        break;
    }
    case NetworkType::Rnn: {
        const BuiltIn* gate = r.gate ? find_built_in(*r.gate) : nullptr;
        const std::string_view gate_name = gate ? gate->keras : "sigmoid";
        out += "    keras.Input(shape=(" + std::to_string(at_least_one(o.timesteps)) + ", " +
               std::to_string(at_least_one(o.inputs)) + ")),\n";
        const unsigned layers = at_least_one(o.hidden_layers);
        for (unsigned i = 0; i < layers; ++i) {
            out += "    keras.layers.LSTM(\n";
            out += "        " + std::to_string(units) + ",\n";
            out += "        activation=" + py_string(hidden.keras) + ",\n";
            out += "        recurrent_activation=" + py_string(gate_name) + ",\n";
            out += "        kernel_initializer=" + py_string(weight_init_key(init)) + ",\n";
            // Every LSTM but the last passes its whole sequence on to the next.
            if (i + 1 < layers) out += "        return_sequences=True,\n";
            out += "    ),\n";
        }
        break;
    }
    }
    out += "    keras.layers.Dense(" + std::to_string(nodes) +
           ", activation=" + py_string(keras_output(r.output)) + "),\n";
    out += "])\n";
    out += "model.compile(optimizer=\"adam\", loss=" + py_string(keras_loss(r)) + ", metrics=[" +
           py_string(keras_metric(r.problem)) + "])\n";
    return out;
}

namespace {

std::string torch_loss(const Recipe& r, const SnippetOptions& o) {
    const std::string n = std::to_string(at_least_one(r.output_nodes));
    switch (r.output) {
    case OutputActivation::Linear:
        return comment(o,
                       ACTIVA_TR("core",
                                 "targets: real values scaled like the inputs, float, shape "
                                 "(batch, %1)"),
                       {n}) +
               "loss_fn = nn.MSELoss()\n";
    case OutputActivation::Sigmoid: {
        const bool multilabel = r.problem == ProblemType::Multilabel;
        return (multilabel ? comment(o, ACTIVA_TR("core", "targets: multi-hot float vectors, a 1.0 "
                                                          "for every class that applies"))
                           : comment(o, ACTIVA_TR("core", "targets: 0.0 or 1.0, float, shape "
                                                          "(batch, 1)"))) +
               comment(o, ACTIVA_TR("core", "the sigmoid is applied inside the loss for numerical "
                                            "stability;")) +
               (multilabel
                    ? comment(o, ACTIVA_TR("core", "at prediction time torch.sigmoid(logits) "
                                                   "gives each class's probability"))
                    : comment(o, ACTIVA_TR("core", "at prediction time torch.sigmoid(logits) "
                                                   "gives the probability"))) +
               "loss_fn = nn.BCEWithLogitsLoss()\n";
    }
    case OutputActivation::Softmax:
        return comment(o,
                       ACTIVA_TR("core", "targets: class indices 0..%1 (int64), or equivalently "
                                         "one-hot float vectors"),
                       {std::to_string(at_least_one(r.output_nodes) - 1)}) +
               comment(o, ACTIVA_TR("core", "the softmax is applied inside the loss for numerical "
                                            "stability;")) +
               comment(o, ACTIVA_TR("core", "at prediction time torch.softmax(logits, dim=1) gives "
                                            "the probabilities")) +
               "loss_fn = nn.CrossEntropyLoss()\n";
    }
    return {};
}

} // namespace

std::string pytorch_snippet(const Recipe& r, const SnippetOptions& o) {
    const std::string units = std::to_string(at_least_one(o.hidden_units));
    const std::string inputs = std::to_string(at_least_one(o.inputs));
    const std::string nodes = std::to_string(at_least_one(r.output_nodes));
    const WeightInit init = r.init;
    const BuiltIn& hidden = hidden_activation(r);

    std::string out = opening(r, o, "import torch\nfrom torch import nn\n\n", true, {});
    out += "\n\nclass Model(nn.Module):\n";
    out += "    def __init__(self):\n";
    out += "        super().__init__()\n";

    if (r.network == NetworkType::Rnn) {
        const std::string layers = std::to_string(at_least_one(o.hidden_layers));
        out += "        # " +
               say(o, ACTIVA_TR("core", "nn.LSTM always uses sigmoid for its gates and tanh "
                                        "for its cell and hidden state, internally")) +
               "\n";
        out += "        self.lstm = nn.LSTM(" + inputs + ", " + units + ", num_layers=" + layers +
               ", batch_first=True)\n";
        out += "        self.output = nn.Linear(" + units + ", " + nodes + ")\n";
        out += "        for name, param in self.lstm.named_parameters():\n";
        out += "            if name.startswith(\"weight_ih\"):\n";
        out += "                " + torch_init(init, "param") + "\n";
        // Keras' LSTM default for the recurrent kernel; it keeps repeated steps stable.
        out += "            elif name.startswith(\"weight_hh\"):\n";
        out += "                nn.init.orthogonal_(param)  # " +
               say(o, ACTIVA_TR("core", "as Keras does")) + "\n";
        out += "            else:\n";
        out += "                nn.init.zeros_(param)\n";
        out += "\n    def forward(self, x):\n";
        out += "        sequence, _ = self.lstm(x)  # " +
               say(o, ACTIVA_TR("core", "(batch, time, %1)"), {units}) + "\n";
        out += "        return self.output(sequence[:, -1, :])  # " +
               say(o, ACTIVA_TR("core", "the last time step")) + "\n";
    } else {
        std::string layers;
        std::string width = inputs;
        if (r.network == NetworkType::Cnn) {
            const std::string side = std::to_string(kImageSide);
            const std::string filters = std::to_string(kFilters);
            const std::string pooled = std::to_string(kPooledSide);
            const std::string conv = std::to_string(kConvSide);
            out += "        # " +
                   say(o,
                       ACTIVA_TR("core", "1x%1x%1 -> %2x%3x%3 after the convolution -> %2x%4x%4 "
                                         "after pooling"),
                       {side, filters, conv, pooled}) +
                   "\n";
            layers +=
                "            nn.Conv2d(1, " + filters + ", " + std::to_string(kKernel) + "),\n";
            layers += "            " + std::string(hidden.torch) + ",\n";
            layers += "            nn.MaxPool2d(" + std::to_string(kPool) + "),\n";
            layers += "            nn.Flatten(),\n";
            width = filters + " * " + pooled + " * " + pooled;
        }
        for (unsigned i = 0; i < o.hidden_layers; ++i) {
            layers += "            nn.Linear(" + width + ", " + units + "),\n";
            layers += "            " + std::string(hidden.torch) + ",\n";
            width = units;
        }
        if (layers.empty()) {
            out += "        self.hidden = nn.Sequential()\n";
        } else {
            out += "        self.hidden = nn.Sequential(\n" + layers + "        )\n";
        }
        // No activation on the output layer: the losses below apply sigmoid or softmax
        // themselves, and regression wants the raw value.
        out += "        self.output = nn.Linear(" + width + ", " + nodes + ")\n";
        if (!layers.empty()) {
            out += "        for layer in self.hidden:\n";
            out += r.network == NetworkType::Cnn
                       ? "            if isinstance(layer, (nn.Conv2d, nn.Linear)):\n"
                       : "            if isinstance(layer, nn.Linear):\n";
            out += "                " + torch_init(init, "layer.weight") + "\n";
            out += "                nn.init.zeros_(layer.bias)\n";
        }
        out += "\n    def forward(self, x):\n";
        out += "        return self.output(self.hidden(x))\n";
    }

    out += "\n\nmodel = Model()\n";
    out += torch_loss(r, o);
    out += "optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\n";
    return out;
}

} // namespace activa
