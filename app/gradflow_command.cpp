// SPDX-License-Identifier: MIT
// `activa gradflow`: one run of the gradient-flow lab, its rows printed as CSV.
#include "cli.hpp"
#include "helptext.hpp"

#include <activa/csv.hpp>
#include <activa/gradflow.hpp>
#include <activa/init.hpp>
#include <activa/numbers.hpp>

#include <limits>
#include <string>

namespace activa::cli {
namespace {

constexpr std::string_view kGradflowUsage =
    R"(Usage: activa gradflow --activation ID --depth L [--width W] [--batch B] [--init NAME]
                       [--std S] [--bias B] [--seed S] [--param NAME=VALUE]...

Builds a fully connected network of L hidden layers of W units with activation ID, fills its
weights with the initialisation NAME, feeds it B random inputs and sends a random unit-norm
gradient back from the top. Prints CSV with the header
{columns}:
one row per hidden layer, layer 1 nearest the input, numbers in shortest round-trip form.

  --activation ID      an id or alias from 'activa list'
  --depth L            hidden layers, {depths}
  --width W            units per layer (and inputs), {widths} (default {width})
  --batch B            samples, {batches} (default {batch})
{init}  --std S              standard deviation of --init normal, {stds} (default 1)
  --bias B             the value every bias starts at, {biases} (default 0)
  --seed S             random seed, 0 to 18446744073709551615 (default 1); the same seed
                       gives the same numbers
  --param NAME=VALUE   a parameter of the activation; may be repeated

{columns_meaning})";

// The usage with the tables' limits, names and columns in it.
std::string gradflow_usage() {
    const auto range = [](auto lo, auto hi) {
        return format_number(lo) + " to " + format_number(hi);
    };
    const GradFlowSettings defaults;
    return filled(
        kGradflowUsage,
        {{"columns", gradflow_columns_text()},
         {"depths", range(kGradFlowMinDepth, kGradFlowMaxDepth)},
         {"widths", range(kGradFlowMinWidth, kGradFlowMaxWidth)},
         {"width", std::to_string(defaults.width)},
         {"batches", range(kGradFlowMinBatch, kGradFlowMaxBatch)},
         {"batch", std::to_string(defaults.batch)},
         {"init", help_option("--init NAME",
                              init_keys_text() + " (default: what the recipe recommends for ID: " +
                                  recipe_init_text() + ")",
                              23)},
         {"stds", range(kGradFlowMinNormalStd, kGradFlowMaxNormalStd)},
         {"biases", range(-kGradFlowMaxAbsBias, kGradFlowMaxAbsBias)},
         {"columns_meaning", help_paragraph(gradflow_columns_meaning())}});
}

} // namespace

InitScheme parse_init(std::string_view key) {
    if (const auto init = parse_init_scheme(key)) return *init;
    std::string names;
    for (const InitSchemeInfo& s : init_schemes())
        names += (names.empty() ? "" : ", ") + std::string(s.key);
    fail("--init must be one of " + names + ", got " + quoted(key));
}

std::uint64_t parse_seed(std::string_view text) {
    return parse_integer(text, "--seed", 0, std::numeric_limits<std::uint64_t>::max());
}

int run_gradflow(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1,
                    {"--activation", "--depth", "--width", "--batch", "--init", "--std", "--bias",
                     "--seed", "--param"},
                    {"--help"}, {"--param"});
    if (o.has("--help")) return print(gradflow_usage(), out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    if (!o.has("--activation")) fail("gradflow needs --activation ID (see 'activa list')");
    if (!o.has("--depth")) fail("gradflow needs --depth L");

    GradFlowSettings s;
    s.activation = parse_activation(o.get("--activation"));
    ParamValues params = default_params(s.activation);
    for (const std::string_view p : o.all("--param"))
        apply_param(s.activation, p, params);
    check_params(s.activation, params);
    s.params = params;
    s.depth = parse_integer(o.get("--depth"), "--depth", kGradFlowMinDepth, kGradFlowMaxDepth);
    if (o.has("--width"))
        s.width = parse_integer(o.get("--width"), "--width", kGradFlowMinWidth, kGradFlowMaxWidth);
    if (o.has("--batch"))
        s.batch = parse_integer(o.get("--batch"), "--batch", kGradFlowMinBatch, kGradFlowMaxBatch);
    if (o.has("--init")) s.init = parse_init(o.get("--init"));
    if (o.has("--std")) {
        if (effective_init(s) != InitScheme::Normal)
            fail("--std applies to --init normal, not " +
                 std::string(init_scheme_key(effective_init(s))));
        s.normal_std = parse_finite(o.get("--std"), "--std");
    }
    if (o.has("--bias")) s.bias = parse_finite(o.get("--bias"), "--bias");
    if (o.has("--seed")) s.seed = parse_seed(o.get("--seed"));
    // The ranges above are checked again here with the rules only the whole knows (memory).
    if (const auto ok = validate(s); !ok) fail(ok.error());

    const GradFlowResult result = run_gradflow(s);
    FileSink sink(out);
    TextWriter w(sink);
    write_gradflow_csv(w, result);
    return finish(w, out);
}

} // namespace activa::cli
