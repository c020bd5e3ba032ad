// SPDX-License-Identifier: MIT
// `activa define`: what Activa understood of a typed activation's definition.
#include "cli.hpp"
#include "function_options.hpp"
#include "helptext.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/numbers.hpp>

namespace activa::cli {
namespace {

constexpr std::string_view kDefineUsage =
    R"(Usage: activa define 'NAME(x, p=1, ...) = FORMULA'

Prints what Activa understood of a typed activation, one key: value line each: name,
parameters (NAME=DEFAULT separated by commas), formula (f as typed, without 1*, +0 or ^1),
evaluated_as (f after the stable rewrites, such as log(1 + exp(x)) -> softplus(x)),
derivative (f' of that form, exact and simplified) and builtins (the built-in functions it
evaluates through).

{language}
{commands})";

// The language and its limits, from the parser's tables.
std::string define_usage() {
    std::string functions;
    for (const std::string_view f : kFormulaFunctions)
        functions.append(functions.empty() ? "" : " ").append(f);
    return filled(
        kDefineUsage,
        {{"language",
          help_paragraph(
              "The formula may use numbers (1.5, 2e-3), x, the declared parameters, pi and e; + "
              "- * / and ^ (power, binding tightest, to the right), unary minus and parentheses; "
              "the functions " +
              functions +
              "; where(COND, A, B) with one comparison < <= > >= as COND; and every id of "
              "'activa list' (sigmoid, softplus, relu, ...), with its default parameters. Every "
              "parameter needs a default, and the first is x. At most " +
              std::to_string(kMaxFormulaLength) + " characters, nesting at most " +
              std::to_string(kMaxFormulaDepth) + " deep, at most " +
              std::to_string(kMaxFormulaParams) +
              " parameters; NAME may not be an id of 'activa list' or a word of the formula "
              "language. The derivative follows the branch taken at where, max, min and abs; at "
              "a tie of max or min it takes the side of smaller slope, so max(x, 0) is relu "
              "exactly.")},
         {"commands",
          help_paragraph("'activa eval', 'activa gradflow', 'activa train' and 'activa export' "
                         "take the same definitions (see their help), and NAME is then an id "
                         "there, its parameters set like a built-in's, to any finite value. A "
                         "typed function's recipe is " +
                         std::string(typed_init_key()) + " initialisation and " +
                         std::string(typed_inputs_key()) + " inputs.")}});
}

std::string joined_params(const CompiledFunction& f) {
    std::string out;
    for (const FormulaParam& p : f.params()) {
        if (!out.empty()) out += ',';
        out += p.name;
        out += '=';
        out += format_number(p.default_value);
    }
    return out;
}

} // namespace

int cmd_define(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {}, {"--help"});
    if (o.has("--help")) return print(define_usage(), out);
    if (o.positional.empty()) fail("define needs a definition such as 'f(x, a=1) = a*x^2'");
    if (o.positional.size() > 1) fail("unexpected argument " + quoted(o.positional[1]));
    const auto f = compile_definition(o.positional[0]);
    if (!f) fail_definition("definition", o.positional[0], f.error());
    std::string builtins;
    for (const ActivationId id : f->calls()) {
        if (!builtins.empty()) builtins += ',';
        builtins += info(id).key;
    }
    return print("name: " + f->name() + "\nparameters: " + joined_params(*f) +
                     "\nformula: " + f->formula() + "\nevaluated_as: " + f->stable_formula() +
                     "\nderivative: " + f->derivative_formula() + "\nbuiltins: " + builtins + "\n",
                 out);
}

} // namespace activa::cli
