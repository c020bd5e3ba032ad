// SPDX-License-Identifier: MIT
// `activa eval`: a function's value and derivative at points, streamed as CSV.
#include "cli.hpp"
#include "function_options.hpp"
#include "helptext.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/activations.hpp>
#include <activa/csv.hpp>

namespace activa::cli {
namespace {

constexpr std::string_view kEvalUsage =
    R"(Usage: activa eval ID [--param NAME=VALUE]... (--range MIN:MAX:COUNT | --at=X1,X2,...)
                   [--define 'NAME(x, p=1) = FORMULA']...

{text})";

std::string eval_usage() {
    return filled(
        kEvalUsage,
        {{"text",
          help_paragraph(
              "Prints CSV with the header x,value,derivative: one row per point, numbers in "
              "shortest round-trip form. ID is an id or alias from 'activa list', or the NAME of "
              "a --define (which may be given more than once; see 'activa define --help' for the "
              "formulas). A typed function's --param takes any finite value. --range takes "
              "finite MIN < MAX and 2 <= COUNT <= " +
              std::to_string(kMaxEvalPoints) +
              " evenly spaced points, both ends included; --at takes any numbers, nan, inf and "
              "-inf included.")}});
}

} // namespace

int cmd_eval(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {"--param", "--range", "--at", "--define"}, {"--help"},
                    {"--param", "--define"});
    if (o.has("--help")) return print(eval_usage(), out);
    if (o.positional.empty()) fail("eval needs a function id (see 'activa list')");
    if (o.positional.size() > 1) fail("unexpected argument " + quoted(o.positional[1]));
    define_functions(o, o.positional[0]);
    const ActivationId id = parse_activation(o.positional[0]);
    const ParamValues params = parse_params(o, id);
    const EvaluateChunk evaluate_chunk = [id, params](auto x, auto v, auto d) {
        evaluate(id, params, x, v, d);
    };

    if (o.has("--range") == o.has("--at")) fail("eval needs exactly one of --range and --at");
    FileSink sink(out);
    TextWriter w(sink);
    if (o.has("--at")) {
        const std::vector<double> xs = parse_list(o.get("--at"), "--at");
        write_eval_csv(w, evaluate_chunk, xs);
        return finish(w, out);
    }
    const std::string_view range = o.get("--range");
    const auto fields = split_fields(range, "--range", {"MIN", "MAX", "COUNT"});
    const double min = parse_finite(fields[0], "--range MIN");
    const double max = parse_finite(fields[1], "--range MAX");
    const auto count = parse_integer(fields[2], "--range COUNT", 2, kMaxEvalPoints);
    if (!(min < max)) fail("--range MIN must be less than MAX, got " + quoted(range));
    write_eval_csv(w, evaluate_chunk, min, max, count);
    return finish(w, out);
}

} // namespace activa::cli
