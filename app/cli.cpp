// SPDX-License-Identifier: MIT
// The headless command line's entry: the overall usage and the table of commands.
#include "cli.hpp"

#include "options.hpp"
#include "output.hpp"

#include <activa/version.hpp>

#include <array>

namespace activa::cli {
namespace {

constexpr std::string_view kUsageText =
    R"(Usage: activa [COMMAND] [OPTIONS]

Activa draws activation functions and their gradients, shows softmax and recommends
activations, after "How to Choose an Activation Function for Deep Learning".
Without a command it starts the window.

Commands:
  list                     the functions: id, name and parameters with defaults
  eval ID [--param NAME=VALUE]... (--range MIN:MAX:COUNT | --at=X1,X2,...)
       [--define 'NAME(x, p=1) = FORMULA']...
                           CSV of x, value and derivative
  define 'NAME(x, p=1) = FORMULA'
                           a typed activation as Activa understood it: parameters,
                           f and its exact derivative f' as formulas
  softmax L1,L2,... [--temperature T]
                           CSV of softmax probabilities for the logits
  recommend --network mlp|cnn|rnn --problem regression|binary|multiclass|multilabel
            [--classes N]  the layer recipe of the article's two flowcharts
  gradflow --activation ID --depth L [--width W] [--batch B] [--init NAME] [--seed S]
                           CSV of gradient norm and activation statistics per layer of a
                           deep network at initialisation (see activa gradflow --help)
  train --dataset NAME --activation ID[,ID...] [OPTIONS]
                           CSV of a training race, a row per activation and epoch
                           (see activa train --help)
  export ...               pictures and data as files: curves, softmax bars, flowcharts,
                           gradient flow, training races (see activa export --help)

Options:
  -h, --help               this help (also after any command)
  -v, --version            the version

eval, gradflow, train and export take --define 'NAME(x, p=1) = FORMULA' (repeatable): the
typed activation NAME is then an id there like a built-in's.
Bad input exits with code 2 and one line on stderr.
)";

struct Command {
    std::string_view name;
    int (*run)(const std::vector<std::string_view>&, std::FILE*);
};
// `export` needs Qt and is started by main(), which makes the application first.
constexpr std::array<Command, 7> kCommands{{{"list", cmd_list},
                                            {"eval", cmd_eval},
                                            {"define", cmd_define},
                                            {"softmax", cmd_softmax},
                                            {"recommend", cmd_recommend},
                                            {"gradflow", cmd_gradflow},
                                            {"train", cmd_train}}};

} // namespace

void fail(std::string message) {
    throw UsageError(message);
}

int run(const std::vector<std::string_view>& args, std::FILE* out) {
    if (args.empty()) fail("no command given (see 'activa --help')");
    const std::string_view first = args[0];
    const bool help = first == "-h" || first == "--help";
    if (help || first == "-v" || first == "--version") {
        if (args.size() > 1)
            fail("unexpected argument " + quoted(args[1]) + " after " + std::string(first));
        return print(help ? kUsageText : "activa " ACTIVA_VERSION "\n", out);
    }
    for (const Command& c : kCommands)
        if (c.name == first) return c.run(args, out);
    fail("unknown command " + quoted(first) + " (see 'activa --help')");
}

} // namespace activa::cli
