// SPDX-License-Identifier: MIT
// Every limit the help texts and the manual page state is the one the checks keep: each is
// written here from the table the program checks against (core's constants and defaults, the
// command line's own), and looked for in the option's entry of `activa COMMAND --help` and of
// the command's section of the manual page. The words an option takes are the ones the program
// names when it refuses another.
#include "docs.hpp"

#include "cli.hpp"
#include "helptext.hpp"

#include <activa/curves.hpp>
#include <activa/flowchart.hpp>
#include <activa/formula.hpp>
#include <activa/gradflow.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>
#include <activa/training.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <regex>
#include <string>
#include <vector>

namespace {

using namespace activa::test;

// A limit as the texts write it: a whole number as one ("1000000", not "1e+06").
std::string limit(double v) {
    if (v == std::trunc(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    return activa::format_number(v);
}

std::string range(double lo, double hi) {
    return limit(lo) + " to " + limit(hi);
}

std::string defaulted(double lo, double hi, double value) {
    return range(lo, hi) + " (default " + limit(value) + ")";
}

struct Stated {
    std::string command;
    std::string option; // empty: the command's text as a whole
    std::string text;
};

std::vector<Stated> gradflow_and_define_limits() {
    using namespace activa;
    const GradFlowSettings g;
    return {
        {"eval", "--range", "2 <= COUNT <= " + limit(cli::kMaxEvalPoints)},
        {"define", "", "most " + limit(kMaxFormulaLength) + " characters"},
        {"define", "", "most " + limit(kMaxFormulaDepth) + " deep"},
        {"define", "", "most " + limit(kMaxFormulaParams) + " parameters"},
        {"recommend", "--classes",
         "N >= " + limit(min_classes(ProblemType::Multiclass)) + " (default " +
             limit(default_classes(ProblemType::Multiclass)) +
             "), multilabel N >= " + limit(min_classes(ProblemType::Multilabel)) + " (default " +
             limit(default_classes(ProblemType::Multilabel)) + "); N is at most " +
             limit(kMaxClasses)},
        {"gradflow", "--depth", range(kGradFlowMinDepth, kGradFlowMaxDepth)},
        {"gradflow", "--width", defaulted(kGradFlowMinWidth, kGradFlowMaxWidth, g.width)},
        {"gradflow", "--batch", defaulted(kGradFlowMinBatch, kGradFlowMaxBatch, g.batch)},
        {"gradflow", "--std",
         defaulted(kGradFlowMinNormalStd, kGradFlowMaxNormalStd, g.normal_std)},
        {"gradflow", "--bias", defaulted(-kGradFlowMaxAbsBias, kGradFlowMaxAbsBias, g.bias)},
        {"gradflow", "--seed",
         "0 to " + std::to_string(std::numeric_limits<std::uint64_t>::max()) + " (default " +
             std::to_string(g.seed) + ")"},
    };
}

std::vector<Stated> train_limits() {
    using namespace activa;
    const TrainSettings t;
    return {
        {"train", "--activation", range(1, kTrainMaxRace)},
        {"train", "--depth",
         defaulted(kTrainMinHiddenLayers, kTrainMaxHiddenLayers, t.hidden_layers)},
        {"train", "--width", defaulted(kTrainMinUnits, kTrainMaxUnits, t.units)},
        {"train", "--epochs", defaulted(kTrainMinEpochs, kTrainMaxEpochs, t.epochs)},
        {"train", "--batch", defaulted(kTrainMinBatch, kTrainMaxBatch, t.batch_size)},
        {"train", "--learning-rate",
         "than 0, at most " + limit(kTrainMaxLearningRate) + " (default " + limit(t.learning_rate) +
             ")"},
        {"train", "--l2", defaulted(0, kTrainMaxL2, t.l2)},
        {"train", "--points", defaulted(kTrainMinPoints, kTrainMaxPoints, t.points)},
        {"train", "--noise", defaulted(0, kTrainMaxNoise, t.noise)},
        {"train", "--test-fraction",
         defaulted(kTrainMinTestShare, kTrainMaxTestShare, 1.0 - t.train_fraction)},
    };
}

std::vector<Stated> export_limits() {
    using namespace activa;
    const CurvesState c;
    const SoftmaxState s;
    const GradFlowState g;
    return {
        {"export", "--range",
         "each " + range(-kMaxAbsX, kMaxAbsX) + " (default " + limit(c.xmin) + ":" + limit(c.xmax)},
        {"export", "--points",
         defaulted(kMinPoints, kMaxPoints, c.points) + ", at most " + limit(kMaxTotalPoints) +
             " over all curves"},
        {"export", "--softmax",
         range(1, kMaxSoftmaxClasses) + " logits, each " + range(-kMaxLogit, kMaxLogit)},
        {"export", "--temperature", defaulted(kMinTemperature, kMaxTemperature, s.temperature)},
        {"export", "--activation", range(1, kGradFlowMaxCurves)},
        {"export", "--activation", "(with --train, " + range(1, kTrainMaxRace) + ")"},
        {"export", "--depth",
         range(kGradFlowMinDepth, kGradFlowMaxDepth) + " (with --train, " +
             range(kTrainMinHiddenLayers, kTrainMaxHiddenLayers) + ")"},
        {"export", "--width", defaulted(kGradFlowMinWidth, kGradFlowMaxWidth, g.width)},
        {"export", "--batch", defaulted(kGradFlowMinBatch, kGradFlowMaxBatch, g.batch)},
        {"export", "--std", defaulted(kGradFlowMinNormalStd, kGradFlowMaxNormalStd, g.normal_std)},
        {"export", "--bias", defaulted(-kGradFlowMaxAbsBias, kGradFlowMaxAbsBias, g.bias)},
    };
}

std::vector<Stated> all_limits() {
    std::vector<Stated> all = gradflow_and_define_limits();
    for (auto part : {train_limits(), export_limits()})
        all.insert(all.end(), part.begin(), part.end());
    return all;
}

// The entry of `option` in a help text ("  --depth L   hidden layers, ..." and the lines indented
// below it) as one line, or the whole text when the option has no entry of its own.
std::string help_entry(const std::string& text, const std::string& option) {
    const std::vector<std::string> rows = lines(text);
    for (std::size_t i = 0; i < rows.size() && !option.empty(); ++i) {
        if (!rows[i].starts_with("  " + option + " ") && rows[i] != "  " + option) continue;
        std::string entry = rows[i];
        for (std::size_t k = i + 1; k < rows.size() && rows[k].starts_with("   "); ++k)
            entry += "\n" + rows[k];
        return one_line(entry);
    }
    return one_line(text);
}

// The section of `activa COMMAND` in the manual page, as its roff lines.
std::vector<std::string> man_section(const std::string& command) {
    const std::vector<std::string> page = lines(read_file(kSource / "packaging/activa.1"));
    std::vector<std::string> section;
    bool in = false;
    for (const std::string& row : page) {
        if (row == ".SS \"activa " + command + "\"") {
            in = true;
            continue;
        }
        if (in && (row.starts_with(".SS ") || row.starts_with(".SH "))) break;
        if (in) section.push_back(row);
    }
    EXPECT_FALSE(section.empty()) << command;
    return section;
}

// The entry of `option` in the command's section (a .TP whose tag names it) as running text, or
// the whole section when the option has no entry of its own.
std::string man_entry(const std::string& command, const std::string& option) {
    const std::vector<std::string> section = man_section(command);
    std::string roff_option;
    for (const char c : option)
        roff_option += c == '-' ? std::string("\\-") : std::string(1, c);
    const std::regex tag(std::regex_replace(roff_option, std::regex(R"([\\\-])"), R"(\$&)") +
                         R"(([^a-z0-9\\]|$))");
    for (std::size_t i = 0; i + 1 < section.size() && !option.empty(); ++i) {
        if (section[i] != ".TP" || !std::regex_search(section[i + 1], tag)) continue;
        std::string entry;
        for (std::size_t k = i + 1; k < section.size(); ++k) {
            if (section[k] == ".TP" || section[k] == ".PP") break;
            entry += section[k] + "\n";
        }
        return man_text(entry);
    }
    std::string all;
    for (const std::string& row : section)
        all += row + "\n";
    return man_text(all);
}

TEST(Limits, EveryHelpTextStatesTheLimitsTheChecksKeep) {
    for (const Stated& s : all_limits()) {
        const std::string entry = help_entry(help(s.command), s.option);
        EXPECT_NE(entry.find(s.text), std::string::npos)
            << "activa " << s.command << " --help, " << s.option << ": '" << s.text
            << "' not in: " << entry;
    }
}

TEST(Limits, TheManualPageStatesTheLimitsTheChecksKeep) {
    for (const Stated& s : all_limits()) {
        const std::string entry = man_entry(s.command, s.option);
        EXPECT_NE(entry.find(s.text), std::string::npos)
            << "activa.1, " << s.command << " " << s.option << ": '" << s.text
            << "' not in: " << entry;
    }
}

// The picture sizes live in the window's export code: the limit the texts state is the one the
// program keeps, its ends taken and one past them refused.
TEST(Limits, ThePictureSizeStatedIsTheOneKept) {
    std::smatch m;
    const std::string entry = help_entry(help("export"), "--size");
    ASSERT_TRUE(std::regex_search(entry, m, std::regex(R"((\d+) to (\d+) each)"))) << entry;
    const long lo = std::stol(m[1]);
    const long hi = std::stol(m[2]);
    EXPECT_NE(man_entry("export", "--size").find(m[0].str()), std::string::npos);
    const TempFolder folder;
    const std::string csv = (folder.path() / "bars.csv").string();
    const auto size = [](long w, long h) { return std::to_string(w) + "x" + std::to_string(h); };
    expect_ok({"export", "--softmax", "1,2", "--output", csv, "--size", size(lo, hi)});
    expect_ok({"export", "--softmax", "1,2", "--output", csv, "--size", size(hi, lo)});
    for (const std::string& bad : {size(lo - 1, lo), size(lo, hi + 1)})
        expect_usage_error({"export", "--softmax", "1,2", "--output", csv, "--size", bad},
                           {"--size"});
}

// A command line that refuses the word '?' for an option, and the command whose section of the
// manual page describes it.
struct Probe {
    std::string command;
    std::string option;
    std::vector<std::string> args;
};

std::vector<Probe> probes(const std::string& png) {
    const std::vector<std::string> gradflow{"gradflow", "--activation", "relu", "--depth", "1"};
    const std::vector<std::string> train{"train", "--dataset", "xor", "--activation", "relu"};
    const std::vector<std::string> lab{"export",  "--gradflow", "--activation", "relu",
                                       "--depth", "1",          "--output",     png};
    const auto with = [](std::vector<std::string> args, std::vector<std::string> more) {
        args.insert(args.end(), more.begin(), more.end());
        return args;
    };
    return {
        {"gradflow", "--init", with(gradflow, {"--init", "?"})},
        {"gradflow", "--inputs", with(gradflow, {"--inputs", "?"})},
        {"train", "--init", with(train, {"--init", "?"})},
        {"train", "--optimizer", with(train, {"--optimizer", "?"})},
        {"train", "--loss", with(train, {"--loss", "?"})},
        {"train", "--output-activation", with(train, {"--output-activation", "?"})},
        {"recommend", "--network", {"recommend", "--network", "?", "--problem", "binary"}},
        {"recommend", "--problem", {"recommend", "--network", "mlp", "--problem", "?"}},
        {"export", "--init", with(lab, {"--init", "?"})},
        {"export", "--inputs", with(lab, {"--inputs", "?"})},
        {"export", "--flowchart", {"export", "--flowchart", "?", "--output", png}},
        {"export",
         "--network",
         {"export", "--flowchart", "hidden", "--network", "?", "--output", png}},
        {"export",
         "--problem",
         {"export", "--flowchart", "output", "--problem", "?", "--output", png}},
    };
}

// The words of "... must be a, b or c, got '?'".
std::vector<std::string> words_named(const std::string& message) {
    std::smatch m;
    EXPECT_TRUE(std::regex_search(message, m, std::regex(" must be (.*), got '\\?'"))) << message;
    std::vector<std::string> words;
    const std::string list = std::regex_replace(m[1].str(), std::regex(" or "), ", ");
    for (const std::string& word : split(list, ','))
        words.push_back(word.starts_with(' ') ? word.substr(1) : word);
    return words;
}

TEST(Limits, TheManualPageAndTheHelpNameEveryWordAnOptionTakes) {
    const TempFolder folder;
    for (const Probe& p : probes((folder.path() / "x.png").string())) {
        SCOPED_TRACE(p.command + " " + p.option);
        const Outcome r = run_activa(p.args);
        ASSERT_EQ(r.exit_code, 2) << r.err;
        const std::vector<std::string> words = words_named(r.err);
        EXPECT_GE(words.size(), 2u) << r.err;
        const std::string page = man_entry(p.command, p.option);
        const std::string text = help(p.command);
        for (const std::string& word : words) {
            EXPECT_NE(page.find(word), std::string::npos) << word << " not in: " << page;
            EXPECT_NE(text.find(word), std::string::npos) << word;
        }
    }
}

// Help texts are written for a terminal: no line is wider than the help texts' width, but for
// one that cannot be broken (a CSV header).
TEST(Limits, EveryHelpLineFitsItsWidth) {
    for (const std::string command :
         {"", "list", "eval", "define", "softmax", "recommend", "gradflow", "train", "export"}) {
        const Outcome r = command.empty() ? expect_ok({"--help"}) : expect_ok({command, "--help"});
        for (const std::string& row : lines(r.out)) {
            if (row.find(' ') == std::string::npos) continue;
            EXPECT_LE(row.size(), activa::cli::kHelpWidth) << command << ": " << row;
        }
    }
}

} // namespace
