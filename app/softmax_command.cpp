// SPDX-License-Identifier: MIT
// `activa softmax`: the probabilities of logits, as CSV.
#include "cli.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/csv.hpp>
#include <activa/numbers.hpp>

#include <cmath>

namespace activa::cli {
namespace {

constexpr std::string_view kSoftmaxUsage =
    R"(Usage: activa softmax L1,L2,... [--temperature T]

Prints CSV index,logit,probability,log_probability,sigmoid for finite logits: softmax(x / T)
with T > 0 (default 1), its logarithm, and the independent sigmoid of each logit (the
multilabel reading).
)";

} // namespace

int cmd_softmax(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {"--temperature"}, {"--help"});
    if (o.has("--help")) return print(kSoftmaxUsage, out);
    if (o.positional.empty()) fail("softmax needs a comma-separated list of logits");
    if (o.positional.size() > 1) fail("unexpected argument " + quoted(o.positional[1]));
    const std::vector<double> logits = parse_list(o.positional[0], "logits");
    for (const double l : logits)
        if (!std::isfinite(l)) fail("logits must be finite, got " + format_number(l));
    double t = 1.0;
    if (o.has("--temperature")) {
        t = parse_finite(o.get("--temperature"), "--temperature");
        if (!(t > 0.0)) fail("--temperature must be greater than 0, got " + format_number(t));
    }
    FileSink sink(out);
    TextWriter w(sink);
    write_softmax_csv(w, logits, t);
    return finish(w, out);
}

} // namespace activa::cli
