// SPDX-License-Identifier: MIT
// Typed functions on the command line: `activa define` prints what Activa understood of a
// definition, and `--define` makes a definition's name an id for the command it is given to.
#include "cli.hpp"

#include <activa/csv.hpp>
#include <activa/numbers.hpp>

#include <algorithm>

namespace activa::cli {
namespace {

constexpr std::string_view kDefineUsage =
    R"(Usage: activa define 'NAME(x, p=1, ...) = FORMULA'

Prints what Activa understood of a typed activation, one key: value line each: name,
parameters (NAME=DEFAULT separated by commas), formula (f as typed, without 1*, +0 or ^1),
evaluated_as (f after the stable rewrites, such as log(1 + exp(x)) -> softplus(x)),
derivative (f' of that form, exact and simplified) and builtins (the built-in functions it
evaluates through).

The formula may use numbers (1.5, 2e-3), x, the declared parameters, pi and e; + - * / and ^
(power, binding tightest, to the right), unary minus and parentheses; the functions exp log
log1p expm1 sqrt abs sign sin cos tan tanh sinh cosh atan erf erfc max min; where(COND, A, B)
with one comparison < <= > >= as COND; and every id of 'activa list' (sigmoid, softplus,
relu, ...), with its default parameters. Every parameter needs a default, and the first is x.
At most 1000 characters, nesting at most 64 deep, at most 8 parameters; NAME may not be an id
of 'activa list' or a word of the formula language. The derivative follows the branch taken
at where, max, min and abs; at a tie of max or min it takes the side of smaller slope, so
max(x, 0) is relu exactly.

'activa eval' takes the same definitions (see 'activa eval --help'), and NAME is then an id
there.
)";

// "'f(x) = tahn(x)': column 8: unknown function 'tahn': did you mean 'tanh'?"
[[noreturn]] void fail_definition(std::string_view what, std::string_view text,
                                  const FormulaError& e) {
    fail(std::string(what) + " " + quoted(text) + ": column " + std::to_string(e.column + 1) +
         ": " + e.message());
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
    if (o.has("--help")) return print(kDefineUsage, out);
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

std::vector<CompiledFunction> parse_defines(const Options& o) {
    std::vector<CompiledFunction> out;
    for (const std::string_view text : o.all("--define")) {
        const auto f = compile_definition(text);
        if (!f) fail_definition("--define", text, f.error());
        if (find_defined(out, f->name()))
            fail("--define: " + quoted(f->name()) + " is defined more than once");
        out.push_back(*f);
    }
    return out;
}

const CompiledFunction* find_defined(const std::vector<CompiledFunction>& defined,
                                     std::string_view id) {
    const auto it = std::find_if(defined.begin(), defined.end(),
                                 [&](const CompiledFunction& f) { return f.name() == id; });
    return it == defined.end() ? nullptr : &*it;
}

std::vector<double> typed_params(const CompiledFunction& f,
                                 const std::vector<std::string_view>& assignments) {
    std::vector<double> values = f.default_params();
    for (const std::string_view a : assignments) {
        const std::size_t eq = a.find('=');
        if (eq == std::string_view::npos || eq == 0)
            fail("--param expects NAME=VALUE, got " + quoted(a));
        const std::string_view name = a.substr(0, eq);
        const auto params = f.params();
        const auto it = std::find_if(params.begin(), params.end(),
                                     [&](const FormulaParam& p) { return p.name == name; });
        if (it == params.end()) {
            std::string names;
            for (const FormulaParam& p : params) {
                if (!names.empty()) names += ", ";
                names += p.name;
            }
            fail("unknown parameter " + quoted(name) + " for " + f.name() + " (" +
                 (names.empty() ? "it has none" : "it has " + names) + ")");
        }
        values[static_cast<std::size_t>(it - params.begin())] =
            parse_finite(a.substr(eq + 1), "parameter " + std::string(name));
    }
    return values;
}

} // namespace activa::cli
