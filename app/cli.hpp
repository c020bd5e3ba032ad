// SPDX-License-Identifier: MIT
#pragma once

// The headless command line: one function per command, each of which parses its options, asks
// core and prints. Bad input is thrown as UsageError and printed once, in main().

#include <activa/gradflow.hpp>

#include <cstdio>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace activa {
struct TrainingState;
} // namespace activa

namespace activa::cli {

class Options;

// The most points `activa eval --range` writes: it streams its rows, so this is a bound on time
// and output size, not on memory (unlike a picture's kMaxPoints).
inline constexpr unsigned long long kMaxEvalPoints = 100'000'000ULL;

// Exit codes of the command line.
inline constexpr int kOk = 0;
inline constexpr int kWriteFailed = 1; // the output could not be written: one line on stderr
inline constexpr int kUsage = 2;       // bad input: one line on stderr, nothing on stdout

// Bad input, thrown by fail() and caught in main(): what() is the one line printed after
// "activa: ".
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
[[noreturn]] void fail(std::string message);

// Runs a headless command that needs no Qt (everything but export); args excludes the program
// name. Writes results to out; throws UsageError for bad input before writing anything.
int run(const std::vector<std::string_view>& args, std::FILE* out);

// The commands; args run from the command's name on.
int cmd_list(const std::vector<std::string_view>& args, std::FILE* out);
int cmd_eval(const std::vector<std::string_view>& args, std::FILE* out);
// `activa define 'NAME(x, p=1) = FORMULA'`: what Activa understood, as key: value lines.
int cmd_define(const std::vector<std::string_view>& args, std::FILE* out);
int cmd_softmax(const std::vector<std::string_view>& args, std::FILE* out);
int cmd_recommend(const std::vector<std::string_view>& args, std::FILE* out);
// `activa gradflow ...`: the gradient-flow lab's rows as CSV.
int cmd_gradflow(const std::vector<std::string_view>& args, std::FILE* out);
// `activa train ...`: a race's rows as CSV, epoch by epoch.
int cmd_train(const std::vector<std::string_view>& args, std::FILE* out);
// `activa export ...`. Needs a QApplication; returns kOk when written, kWriteFailed when the
// write failed (one line on stderr, an existing file untouched).
int cmd_export(const std::vector<std::string_view>& args, std::FILE* out);

// The network options of the gradient-flow lab, shared by `activa gradflow` and `activa export
// --gradflow`, and the state they describe for the activations given, each option checked
// against its limit (`command` names what needs --depth). --std is refused unless --init is
// normal.
const std::vector<std::string_view>& gradflow_options();
GradFlowState parse_gradflow_network(const Options& o, std::string_view command,
                                     const std::vector<ActivationId>& activations);

// The options of a race, shared by `activa train` and `activa export --train`, and the race
// they describe, checked (one line naming the bad option otherwise).
const std::vector<std::string_view>& train_options();
TrainingState parse_training(const Options& o);

} // namespace activa::cli
