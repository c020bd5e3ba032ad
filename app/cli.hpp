// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/formula.hpp>
#include <activa/init.hpp>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace activa {
class TextWriter;
struct TrainingState;
} // namespace activa

namespace activa::cli {

// Exit codes of the command line.
inline constexpr int kOk = 0;
inline constexpr int kWriteFailed = 1; // the output could not be written: one line on stderr
inline constexpr int kUsage = 2;       // bad input: one line on stderr, nothing on stdout

// Bad input, thrown by fail() and caught in main(): what() is the one line printed after
// "activa: ".
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Runs a headless command that needs no Qt (everything but export); args excludes the program
// name. Writes results to out; throws UsageError for bad input before writing anything.
int run(const std::vector<std::string_view>& args, std::FILE* out);

// Splits "--name=value" or "--name value" style options; used by every subcommand.
class Options {
public:
    Options(const std::vector<std::string_view>& args, std::size_t first,
            std::vector<std::string_view> valued, std::vector<std::string_view> flags,
            std::vector<std::string_view> repeatable = {});
    std::vector<std::string_view> positional;
    bool has(std::string_view name) const;
    std::string_view get(std::string_view name) const; // last value; "" when absent
    std::vector<std::string_view> all(std::string_view name) const;

private:
    std::vector<std::pair<std::string_view, std::string_view>> m_values;
};

[[noreturn]] void fail(std::string message);
// Every diagnostic, whatever its path: "activa: MESSAGE" on stderr, as one printable line cut
// after kDiagnosticLength bytes.
inline constexpr std::size_t kDiagnosticLength = 300;
void report(std::string_view message);
// Sends what w holds and checks that everything written to out arrived: kOk, or kWriteFailed
// with one line on stderr naming the cause (a full disk, a closed stream).
int finish(TextWriter& w, std::FILE* out);
// Writes text to out: kOk, or kWriteFailed with one line on stderr when it did not all arrive.
int print(std::string_view text, std::FILE* out);
// The text with line breaks, tabs, other control characters and bytes that are not UTF-8
// written as escapes (\n, \x1b, \xff), so that a message stays one readable line.
std::string printable(std::string_view s);
bool is_utf8(std::string_view s);
// 'text' for a message: printable, and cut after 60 characters with its length said.
std::string quoted(std::string_view s);
double parse_finite(std::string_view text, std::string_view what);
unsigned long long parse_integer(std::string_view text, std::string_view what,
                                 unsigned long long min, unsigned long long max);

// A function id or alias from 'activa list'.
ActivationId parse_activation(std::string_view id);
// The ids of `option`'s value "ID,ID,...", in order; an empty item is bad input.
std::vector<ActivationId> parse_activation_list(std::string_view ids, std::string_view option);
// "it has alpha" / "it has none", for messages about unknown parameters.
std::string param_names(ActivationId id);
// Applies one --param NAME=VALUE to params; check_params() then checks them as a whole.
void apply_param(ActivationId id, std::string_view assignment, ParamValues& params);
void check_params(ActivationId id, const ParamValues& params);
// "ID.NAME=VALUE": a parameter of one function among several (export and train's --param).
struct QualifiedParam {
    ActivationId id;
    std::size_t index; // into the function's ParamValues
    double value;
};
QualifiedParam parse_qualified_param(std::string_view assignment);

// A comma-separated list of numbers (nan and infinities included; callers check finiteness).
std::vector<double> parse_list(std::string_view text, std::string_view what);

// An initialisation by its key ("he_uniform") and a random seed, as gradflow and export take them.
InitScheme parse_init(std::string_view key);
std::uint64_t parse_seed(std::string_view text);

// `activa define 'NAME(x, p=1) = FORMULA'`: what Activa understood, as key: value lines.
int cmd_define(const std::vector<std::string_view>& args, std::FILE* out);
// The typed functions of every --define of o, in order; a bad definition or a name given twice
// is bad input (one line naming the place in the definition and the reason).
std::vector<CompiledFunction> parse_defines(const Options& o);
// The typed function named id, or null.
const CompiledFunction* find_defined(const std::vector<CompiledFunction>& defined,
                                     std::string_view id);
// A typed function's parameter values after the --param NAME=VALUE assignments: any finite
// value, exactly as typed.
std::vector<double> typed_params(const CompiledFunction& f,
                                 const std::vector<std::string_view>& assignments);

// `activa gradflow ...` (args from "gradflow" on): the gradient-flow lab's rows as CSV.
int run_gradflow(const std::vector<std::string_view>& args, std::FILE* out);

// `activa export ...` (args from "export" on). Needs a QApplication; returns kOk when written,
// kWriteFailed when the write failed (one line on stderr, an existing file untouched).
int run_export(const std::vector<std::string_view>& args, std::FILE* out);

// `activa train ...` (args from "train" on).
int cmd_train(const std::vector<std::string_view>& args, std::FILE* out);
// The options of a race, shared by `activa train` and `activa export --train`, and the race
// they describe, checked (one line naming the bad option otherwise).
const std::vector<std::string_view>& train_options();
TrainingState parse_training(const Options& o);

} // namespace activa::cli
