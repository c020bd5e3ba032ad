// SPDX-License-Identifier: MIT
// `activa list`: the functions, one line each.
#include "cli.hpp"
#include "options.hpp"
#include "output.hpp"

#include <activa/activations.hpp>
#include <activa/csv.hpp>

namespace activa::cli {
namespace {

constexpr std::string_view kListUsage =
    R"(Usage: activa list

Prints one line per function: id<TAB>name<TAB>params, params as NAME=DEFAULT separated by
commas.
)";

} // namespace

int cmd_list(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {}, {"--help"});
    if (o.has("--help")) return print(kListUsage, out);
    if (!o.positional.empty()) fail("list takes no arguments, got " + quoted(o.positional[0]));
    FileSink sink(out);
    TextWriter w(sink);
    for (const auto& a : catalogue()) {
        w.text(a.key).ch('\t').text(a.name).ch('\t');
        for (std::size_t i = 0; i < a.params.size(); ++i) {
            if (i > 0) w.ch(',');
            w.text(a.params[i].name).ch('=').number(a.params[i].default_value);
        }
        w.ch('\n');
    }
    return finish(w, out);
}

} // namespace activa::cli
