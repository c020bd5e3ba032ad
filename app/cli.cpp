// SPDX-License-Identifier: MIT
#include "cli.hpp"

#include <activa/activations.hpp>
#include <activa/csv.hpp>
#include <activa/flowchart.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>
#include <activa/version.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>

namespace activa::cli {
namespace {

constexpr unsigned long long kMaxPoints = 100'000'000ULL;

} // namespace

int finish(TextWriter& w, std::FILE* out) {
    // errno still names the cause of the first failed write: nothing is written after it.
    const bool ok = w.finish() && std::fflush(out) == 0 && std::ferror(out) == 0;
    if (ok) return kOk;
    report(std::string("cannot write the output: ") +
           (errno != 0 ? std::strerror(errno) : "the stream refused it"));
    return kWriteFailed;
}

void report(std::string_view message) {
    std::string line = printable(message);
    if (line.size() > kDiagnosticLength) {
        std::size_t cut = kDiagnosticLength;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 character
        line.resize(cut);
        line += "…";
    }
    std::fprintf(stderr, "activa: %s\n", line.c_str());
}

int print(std::string_view text, std::FILE* out) {
    FileSink sink(out);
    TextWriter w(sink);
    w.text(text);
    return finish(w, out);
}

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

Bad input exits with code 2 and one line on stderr.
)";

constexpr std::string_view kEvalUsage =
    R"(Usage: activa eval ID [--param NAME=VALUE]... (--range MIN:MAX:COUNT | --at=X1,X2,...)
                   [--define 'NAME(x, p=1) = FORMULA']...

Prints CSV with the header x,value,derivative: one row per point, numbers in shortest
round-trip form. ID is an id or alias from 'activa list', or the NAME of a --define (which may
be given more than once; see 'activa define --help' for the formulas). A typed function's
--param takes any finite value. --range takes finite MIN < MAX and 2 <= COUNT <= 100000000
evenly spaced points, both ends included; --at takes any numbers, nan, inf and -inf included.
)";

constexpr std::string_view kSoftmaxUsage =
    R"(Usage: activa softmax L1,L2,... [--temperature T]

Prints CSV index,logit,probability,log_probability,sigmoid for finite logits: softmax(x / T)
with T > 0 (default 1), its logarithm, and the independent sigmoid of each logit (the
multilabel reading).
)";

constexpr std::string_view kRecommendUsage =
    R"(Usage: activa recommend --network mlp|cnn|rnn
                        --problem regression|binary|multiclass|multilabel [--classes N]

Prints the recipe of the article's two flowcharts as key: value lines, each followed by a
key_reason line. Multiclass needs N >= 3 (default 3), multilabel N >= 2 (default 2).
)";

constexpr std::string_view kListUsage =
    R"(Usage: activa list

Prints one line per function: id<TAB>name<TAB>params, params as NAME=DEFAULT separated by
commas.
)";

} // namespace

namespace {

// The length of the UTF-8 character that starts at s[i], or 0 when the bytes there are not a
// well-formed one (a stray byte, an overlong form, a surrogate, beyond U+10FFFF).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    const std::size_t n = c < 0x80             ? 1
                          : (c & 0xE0) == 0xC0 ? 2
                          : (c & 0xF0) == 0xE0 ? 3
                          : (c & 0xF8) == 0xF0 ? 4
                                               : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    const unsigned char next = n > 1 ? byte(i + 1) : 0;
    if ((n == 2 && c < 0xC2) || (n == 3 && c == 0xE0 && next < 0xA0) ||
        (n == 3 && c == 0xED && next >= 0xA0) || (n == 4 && c == 0xF0 && next < 0x90) ||
        (n == 4 && (c > 0xF4 || (c == 0xF4 && next >= 0x90))))
        return 0;
    return n;
}

void append_hex(std::string& out, unsigned char u) {
    constexpr std::string_view kHex = "0123456789abcdef";
    out += "\\x";
    out += kHex[u >> 4];
    out += kHex[u & 15];
}

} // namespace

std::string printable(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        const std::size_t n = utf8_length(s, i);
        const std::string_view character = s.substr(i, n == 0 ? 1 : n);
        // C1 controls (U+0080..U+009F) and the Unicode line and paragraph separators would
        // break the line or steer a terminal like the ASCII ones.
        const bool c1 = n == 2 && u == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
        const bool separator = character == "\u2028" || character == "\u2029";
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (n == 0 || c1 || separator || u < 0x20 || u == 0x7f) {
            for (const char b : character)
                append_hex(out, static_cast<unsigned char>(b));
        } else {
            out += character;
        }
        i += character.size();
    }
    return out;
}

bool is_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = utf8_length(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::string quoted(std::string_view s) {
    // Enough to recognise an argument; a whole file pasted by mistake is not echoed back.
    constexpr std::size_t kShown = 60;
    std::string q = "'";
    if (s.size() <= kShown) {
        q += printable(s);
        return q + '\'';
    }
    std::size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    q += printable(s.substr(0, cut));
    return q + "…' (" + std::to_string(s.size()) + " characters)";
}

void fail(std::string message) {
    throw UsageError(message);
}

Options::Options(const std::vector<std::string_view>& args, std::size_t first,
                 std::vector<std::string_view> valued, std::vector<std::string_view> flags,
                 std::vector<std::string_view> repeatable) {
    auto contains = [](const std::vector<std::string_view>& v, std::string_view s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    for (std::size_t i = first; i < args.size(); ++i) {
        // "-h" is short for "--help" after a command too.
        const std::string_view a = args[i] == "-h" ? std::string_view("--help") : args[i];
        if (!a.starts_with("--")) {
            positional.push_back(a);
            continue;
        }
        const std::size_t eq = a.find('=');
        const std::string_view name = a.substr(0, eq);
        std::string_view value;
        if (contains(flags, name)) {
            if (eq != std::string_view::npos)
                fail("option " + std::string(name) + " takes no value");
        } else if (contains(valued, name)) {
            if (eq != std::string_view::npos) {
                value = a.substr(eq + 1);
            } else {
                if (i + 1 >= args.size()) fail("option " + std::string(name) + " needs a value");
                value = args[++i];
            }
            if (!contains(repeatable, name) && has(name))
                fail("option " + std::string(name) + " given more than once");
        } else {
            fail("unknown option " + quoted(name));
        }
        m_values.emplace_back(name, value);
    }
}

bool Options::has(std::string_view name) const {
    return std::any_of(m_values.begin(), m_values.end(),
                       [&](const auto& p) { return p.first == name; });
}

std::string_view Options::get(std::string_view name) const {
    std::string_view v;
    for (const auto& [n, value] : m_values)
        if (n == name) v = value;
    return v;
}

std::vector<std::string_view> Options::all(std::string_view name) const {
    std::vector<std::string_view> out;
    for (const auto& [n, value] : m_values)
        if (n == name) out.push_back(value);
    return out;
}

double parse_finite(std::string_view text, std::string_view what) {
    const auto v = parse_number(text);
    if (!v) fail(std::string(what) + " is not a number: " + quoted(text));
    if (!std::isfinite(*v)) fail(std::string(what) + " must be finite, got " + quoted(text));
    return *v;
}

unsigned long long parse_integer(std::string_view text, std::string_view what,
                                 unsigned long long min, unsigned long long max) {
    const auto v = parse_count(text);
    if (!v && !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos)
        fail(std::string(what) + " must be between " + std::to_string(min) + " and " +
             std::to_string(max) + ", got " + quoted(text)); // too many digits for any count
    if (!v) fail(std::string(what) + " is not a whole number: " + quoted(text));
    if (*v < min || *v > max)
        fail(std::string(what) + " must be between " + std::to_string(min) + " and " +
             std::to_string(max) + ", got " + std::string(text));
    return *v;
}

ActivationId parse_activation(std::string_view id) {
    if (id.empty()) fail("missing function id (see 'activa list')");
    const auto a = find_activation(id);
    if (!a) fail("unknown function " + quoted(id) + " (see 'activa list')");
    return *a;
}

std::vector<ActivationId> parse_activation_list(std::string_view ids, std::string_view option) {
    std::vector<ActivationId> out;
    std::size_t start = 0;
    while (start <= ids.size()) {
        const std::size_t comma = std::min(ids.find(',', start), ids.size());
        const std::string_view key = ids.substr(start, comma - start);
        if (key.empty()) fail(std::string(option) + " has an empty item in " + quoted(ids));
        out.push_back(parse_activation(key));
        start = comma + 1;
    }
    return out;
}

std::string param_names(ActivationId id) {
    std::string names;
    for (const auto& p : info(id).params)
        names += (names.empty() ? "" : ", ") + std::string(p.name);
    return names.empty() ? "it has none" : "it has " + names;
}

std::vector<double> parse_list(std::string_view text, std::string_view what) {
    if (text.empty()) fail(std::string(what) + " list is empty");
    auto v = parse_number_list(text);
    if (!v) fail(std::string(what) + ": " + v.error());
    return *std::move(v);
}

QualifiedParam parse_qualified_param(std::string_view assignment) {
    const std::size_t eq = assignment.find('=');
    const std::size_t dot = assignment.substr(0, eq).find('.');
    if (eq == std::string_view::npos || dot == std::string_view::npos || dot == 0 || dot + 1 >= eq)
        fail("--param expects ID.NAME=VALUE, got " + quoted(assignment));
    const ActivationId id = parse_activation(assignment.substr(0, dot));
    const std::string_view name = assignment.substr(dot + 1, eq - dot - 1);
    const auto index = find_param(id, name);
    if (!index)
        fail("unknown parameter " + quoted(name) + " for " + std::string(info(id).key) + " (" +
             param_names(id) + ")");
    const double value =
        parse_finite(assignment.substr(eq + 1),
                     "parameter " + std::string(info(id).key) + "." + std::string(name));
    return {id, *index, value};
}

// Applies NAME=VALUE to params.
void apply_param(ActivationId id, std::string_view assignment, ParamValues& params) {
    const std::size_t eq = assignment.find('=');
    if (eq == std::string_view::npos || eq == 0)
        fail("--param expects NAME=VALUE, got " + quoted(assignment));
    const std::string_view name = assignment.substr(0, eq);
    const auto index = find_param(id, name);
    if (!index)
        fail("unknown parameter " + quoted(name) + " for " + std::string(info(id).key) + " (" +
             param_names(id) + ")");
    params[*index] = parse_finite(assignment.substr(eq + 1), "parameter " + std::string(name));
}

void check_params(ActivationId id, const ParamValues& params) {
    if (const auto ok = validate_params(id, params); !ok) fail(ok.error());
}

namespace {

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

int cmd_eval(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {"--param", "--range", "--at", "--define"}, {"--help"},
                    {"--param", "--define"});
    if (o.has("--help")) return print(kEvalUsage, out);
    if (o.positional.empty()) fail("eval needs a function id (see 'activa list')");
    if (o.positional.size() > 1) fail("unexpected argument " + quoted(o.positional[1]));
    const std::vector<CompiledFunction> defined = parse_defines(o);
    EvaluateChunk evaluate_chunk;
    if (const CompiledFunction* typed = find_defined(defined, o.positional[0])) {
        evaluate_chunk = [f = *typed, p = typed_params(*typed, o.all("--param"))](
                             auto x, auto v, auto d) { f.evaluate(p, x, v, d); };
    } else {
        const ActivationId id = parse_activation(o.positional[0]);
        ParamValues params = default_params(id);
        for (const std::string_view p : o.all("--param"))
            apply_param(id, p, params);
        check_params(id, params);
        evaluate_chunk = [id, params](auto x, auto v, auto d) { evaluate(id, params, x, v, d); };
    }

    if (o.has("--range") == o.has("--at")) fail("eval needs exactly one of --range and --at");
    FileSink sink(out);
    TextWriter w(sink);
    if (o.has("--at")) {
        const std::vector<double> xs = parse_list(o.get("--at"), "--at");
        write_eval_csv(w, evaluate_chunk, xs);
        return finish(w, out);
    }
    const std::string_view range = o.get("--range");
    const std::size_t c1 = range.find(':');
    const std::size_t c2 = c1 == std::string_view::npos ? c1 : range.find(':', c1 + 1);
    if (c2 == std::string_view::npos || range.find(':', c2 + 1) != std::string_view::npos)
        fail("--range expects MIN:MAX:COUNT, got " + quoted(range));
    const double min = parse_finite(range.substr(0, c1), "--range MIN");
    const double max = parse_finite(range.substr(c1 + 1, c2 - c1 - 1), "--range MAX");
    const auto count = parse_integer(range.substr(c2 + 1), "--range COUNT", 2, kMaxPoints);
    if (!(min < max)) fail("--range MIN must be less than MAX, got " + quoted(range));
    write_eval_csv(w, evaluate_chunk, min, max, count);
    return finish(w, out);
}

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

int cmd_recommend(const std::vector<std::string_view>& args, std::FILE* out) {
    const Options o(args, 1, {"--network", "--problem", "--classes"}, {"--help"});
    if (o.has("--help")) return print(kRecommendUsage, out);
    if (!o.positional.empty()) fail("unexpected argument " + quoted(o.positional[0]));
    if (!o.has("--network")) fail("recommend needs --network mlp|cnn|rnn");
    if (!o.has("--problem"))
        fail("recommend needs --problem regression|binary|multiclass|multilabel");
    const auto network = parse_network(o.get("--network"));
    if (!network) fail("--network must be mlp, cnn or rnn, got " + quoted(o.get("--network")));
    const auto problem = parse_problem(o.get("--problem"));
    if (!problem)
        fail("--problem must be regression, binary, multiclass or multilabel, got " +
             quoted(o.get("--problem")));
    std::optional<unsigned> classes;
    if (o.has("--classes"))
        classes =
            static_cast<unsigned>(parse_integer(o.get("--classes"), "--classes", 1, kMaxClasses));
    const auto recipe = recommend(*network, *problem, classes);
    if (!recipe) fail(recipe.error());
    FileSink sink(out);
    TextWriter w(sink);
    w.text("network: ").text(network_key(*network)).ch('\n');
    w.text("problem: ").text(problem_key(*problem)).ch('\n');
    if (*problem != ProblemType::Regression) w.text("classes: ").integer(recipe->classes).ch('\n');
    const std::vector<RecipeLine> lines = recipe_lines(*recipe);
    for (const auto& line : lines)
        w.text(line.key).text(": ").text(line.value).ch('\n');
    for (const auto& line : lines)
        w.text(line.key).text("_reason: ").text(line.reason).ch('\n');
    return finish(w, out);
}

struct Command {
    std::string_view name;
    int (*run)(const std::vector<std::string_view>&, std::FILE*);
};
constexpr std::array<Command, 7> kCommands{{{"list", cmd_list},
                                            {"eval", cmd_eval},
                                            {"define", cmd_define},
                                            {"softmax", cmd_softmax},
                                            {"recommend", cmd_recommend},
                                            {"gradflow", run_gradflow},
                                            {"train", cmd_train}}};

} // namespace

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
