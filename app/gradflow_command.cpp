// SPDX-License-Identifier: MIT
// `activa gradflow`: one run of the gradient-flow lab, its rows printed as CSV.
#include "choices.hpp"
#include "cli.hpp"
#include "function_options.hpp"
#include "helptext.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/csv.hpp>
#include <activa/gradflow.hpp>
#include <activa/init.hpp>
#include <activa/numbers.hpp>

#include <limits>
#include <optional>
#include <string>

namespace activa::cli {
namespace {

constexpr std::string_view kGradflowUsage =
    R"(Usage: activa gradflow --activation ID --depth L [--width W] [--batch B] [--init NAME]
                       [--inputs SCALING] [--std S] [--bias B] [--seed S]
                       [--param NAME=VALUE]... [--define 'NAME(x, p=1) = FORMULA']...

Builds a fully connected network of L hidden layers of W units with activation ID, fills its
weights with the initialisation NAME, feeds it B random inputs and sends a random unit-norm
gradient back from the top. Prints CSV with the header
{columns}:
one row per hidden layer, layer 1 nearest the input, numbers in shortest round-trip form.

  --activation ID      an id or alias from 'activa list', or the NAME of a --define
  --depth L            hidden layers, {depths}
  --width W            units per layer (and inputs), {widths} (default {width})
  --batch B            samples, {batches} (default {batch})
{init}{inputs}  --std S              standard deviation of --init normal, {stds} (default {std})
  --bias B             the value every bias starts at, {biases} (default {bias})
  --seed S             random seed, {seeds} (default {seed}); the same seed
                       gives the same numbers
  --param NAME=VALUE   a parameter of the activation; may be repeated
  --define 'NAME(x, p=1) = FORMULA'
                       a typed activation whose NAME is then an id (see activa define
                       --help); may be repeated

{columns_meaning})";

// The usage with the tables' limits, names and columns in it.
std::string gradflow_usage() {
    const GradFlowSettings defaults;
    return filled(
        kGradflowUsage,
        {{"columns", gradflow_columns_text()},
         {"depths", range_text(kGradFlowMinDepth, kGradFlowMaxDepth)},
         {"widths", range_text(kGradFlowMinWidth, kGradFlowMaxWidth)},
         {"width", std::to_string(defaults.width)},
         {"batches", range_text(kGradFlowMinBatch, kGradFlowMaxBatch)},
         {"batch", std::to_string(defaults.batch)},
         {"init", help_option("--init NAME",
                              choice_keys(init_choices()) +
                                  " (default: what the recipe recommends for ID: " +
                                  recipe_init_text() + "; " + typed_init_text() + ")",
                              23)},
         {"inputs", help_option("--inputs SCALING",
                                "how the random inputs are drawn: " + choice_keys(input_choices()) +
                                    " (default: the recipe's scaling for ID: " +
                                    recipe_inputs_text() + "; " + typed_inputs_text() + ")",
                                23)},
         {"stds", range_text(kGradFlowMinNormalStd, kGradFlowMaxNormalStd)},
         {"std", format_number(defaults.normal_std)},
         {"biases", range_text(-kGradFlowMaxAbsBias, kGradFlowMaxAbsBias)},
         {"bias", format_number(defaults.bias)},
         {"seeds", "0 to " + std::to_string(std::numeric_limits<std::uint64_t>::max())},
         {"seed", std::to_string(defaults.seed)},
         {"columns_meaning", help_paragraph(gradflow_columns_meaning())}});
}

} // namespace

const std::vector<std::string_view>& gradflow_options() {
    static const std::vector<std::string_view> options{"--activation", "--depth", "--width",
                                                       "--batch",      "--init",  "--inputs",
                                                       "--std",        "--bias",  "--seed"};
    return options;
}

GradFlowState parse_gradflow_network(const Options& o, std::string_view command,
                                     const std::vector<ActivationId>& activations) {
    if (!o.has("--depth")) fail(std::string(command) + " needs --depth L");
    GradFlowState state;
    state.depth = parse_integer(o.get("--depth"), "--depth", kGradFlowMinDepth, kGradFlowMaxDepth);
    if (o.has("--width"))
        state.width =
            parse_integer(o.get("--width"), "--width", kGradFlowMinWidth, kGradFlowMaxWidth);
    if (o.has("--batch"))
        state.batch =
            parse_integer(o.get("--batch"), "--batch", kGradFlowMinBatch, kGradFlowMaxBatch);
    std::optional<InitScheme> init;
    if (o.has("--init")) init = parse_choice("--init", o.get("--init"), init_choices());
    state.curves.clear(); // the window's starting selection is not what was asked for
    for (const ActivationId id : activations)
        state.curves.push_back({id, init.value_or(recommended_init(id))});
    if (o.has("--inputs"))
        state.inputs = parse_choice("--inputs", o.get("--inputs"), input_choices());
    if (o.has("--std")) {
        if (init != InitScheme::Normal)
            fail("--std applies to --init normal" +
                 (init ? ", not " + std::string(init_scheme_key(*init)) : std::string()));
        state.normal_std = parse_finite(o.get("--std"), "--std");
    }
    if (o.has("--bias")) state.bias = parse_finite(o.get("--bias"), "--bias");
    if (o.has("--seed")) state.seed = parse_seed(o.get("--seed"));
    return state;
}

int cmd_gradflow(const std::vector<std::string_view>& args, std::FILE* out) {
    std::vector<std::string_view> valued = gradflow_options();
    valued.insert(valued.end(), {"--param", "--define"});
    const Options o(args, 1, valued, {"--help"}, {"--param", "--define"});
    if (o.has("--help")) return print(gradflow_usage(), out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    if (!o.has("--activation")) fail("gradflow needs --activation ID (see 'activa list')");
    define_functions(o, o.get("--activation"));
    const ActivationId activation = parse_activation(o.get("--activation"));
    const ParamValues params = parse_params(o, activation);
    GradFlowSettings s = gradflow_settings(parse_gradflow_network(o, "gradflow", {activation}), 0);
    s.params = params;
    // The ranges above are checked again here with the rules only the whole knows (memory).
    if (const auto ok = validate(s); !ok) fail(ok.error());

    const GradFlowResult result = run_gradflow(s);
    FileSink sink(out);
    TextWriter w(sink);
    write_gradflow_csv(w, result);
    return finish(w, out);
}

} // namespace activa::cli
