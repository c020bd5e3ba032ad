// SPDX-License-Identifier: MIT
#pragma once

#include <activa/activations.hpp>
#include <activa/curves.hpp>
#include <activa/flowchart.hpp>
#include <activa/gradflow.hpp>

#include <cstddef>
#include <cstdio>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa {

struct EpochStats;

// Where text goes: standard output, a file being saved. write() reports whether every byte
// was taken.
class OutputSink {
public:
    virtual ~OutputSink() = default;
    virtual bool write(std::string_view bytes) = 0;
};

// A C stream; a failed write (a full disk, a closed pipe) is noticed at once.
class FileSink : public OutputSink {
public:
    explicit FileSink(std::FILE* file)
        : m_file(file) {}
    bool write(std::string_view bytes) override;

private:
    std::FILE* m_file;
};

// Buffered text in bounded memory: numbers in shortest round-trip form with '.' whatever the
// locale ("nan", "inf", "-inf" for the specials), CSV fields quoted as RFC 4180 asks. After the
// first failed write everything else is dropped and finish() says so.
class TextWriter {
public:
    explicit TextWriter(OutputSink& sink);
    TextWriter(const TextWriter&) = delete;
    TextWriter& operator=(const TextWriter&) = delete;

    TextWriter& text(std::string_view s);
    TextWriter& ch(char c);
    TextWriter& number(double v);
    TextWriter& integer(unsigned long long v);
    // A CSV field: quoted, its quotes doubled, when it holds a comma, quote or line break.
    TextWriter& field(std::string_view s);
    // Sends what is buffered; true when every byte so far reached the sink.
    bool finish();
    bool failed() const { return m_failed; }

private:
    void spill();

    OutputSink& m_sink;
    std::string m_buf;
    bool m_failed = false;
};

// The CSVs Activa writes, in one dialect: a header line, one row per point or class, '\n'
// line ends, rows written as they are computed so memory stays bounded whatever their number.

// x,value,derivative at each x.
void write_eval_csv(TextWriter& out, ActivationId id, const ParamValues& params,
                    std::span<const double> xs);
// x,value,derivative at count evenly spaced points from min to max (see linspace).
void write_eval_csv(TextWriter& out, ActivationId id, const ParamValues& params, double min,
                    double max, std::size_t count);
// The same for any function of value and derivative over a chunk of points (a typed formula's
// CompiledFunction::evaluate with its parameters bound): xs, values, derivatives.
using EvaluateChunk =
    std::function<void(std::span<const double>, std::span<double>, std::span<double>)>;
void write_eval_csv(TextWriter& out, const EvaluateChunk& f, std::span<const double> xs);
void write_eval_csv(TextWriter& out, const EvaluateChunk& f, double min, double max,
                    std::size_t count);
// x,<id>[,<id>_derivative],... for a checked state: every curve on the state's points.
void write_curves_csv(TextWriter& out, const CurvesState& state);
// index[,class],logit,probability,log_probability,sigmoid: softmax(x / T), its logarithm and
// the independent sigmoid of each logit. The class column is there when names are given (one
// per logit). Finite logits, finite temperature > 0.
void write_softmax_csv(TextWriter& out, std::span<const double> logits, double temperature,
                       const std::vector<std::string>* classes = nullptr);

// key,value,reason: one row per line of recipe_lines, hidden layer first. The reasons go
// through translate when it is given (the window writes them in its language), and are English
// without it; just the header when there is no recipe (the wizard's questions are still open).
using TranslateText = std::function<std::string(std::string_view english)>;
void write_recipe_csv(TextWriter& out, const std::optional<Recipe>& recipe,
                      const TranslateText& translate = nullptr);

// The columns of a gradient-flow row after "layer", in order: the fields of GradFlowLayer.
std::span<const std::string_view> gradflow_csv_columns();
// layer,grad_norm,activation_mean,activation_std,saturated_fraction,dead_fraction,
// zero_gradient_fraction: one row per hidden layer, layer 1 (nearest the input) first.
void write_gradflow_csv(TextWriter& out, const GradFlowResult& result);
// layer,<id>_grad_norm,<id>_activation_mean,...: the same columns for each activation in turn,
// named by its id; one result per activation, all of the same depth.
void write_gradflow_csv(TextWriter& out, std::span<const ActivationId> activations,
                        std::span<const GradFlowResult> results);
// A race's statistics: the header line, then a row per activation and epoch. The accuracy
// fields are empty where there is no accuracy (regression). `activa train` streams the rows as
// the epochs finish; the training view writes its race the same way, epoch by epoch.
void write_train_csv_header(TextWriter& out);
void write_train_csv_row(TextWriter& out, ActivationId activation, const EpochStats& stats);
// Epoch by epoch, each epoch's rows in the order of the activations (histories[i] belongs to
// activations[i]), as long as the shortest history.
void write_train_csv(TextWriter& out, std::span<const ActivationId> activations,
                     std::span<const std::vector<EpochStats>> histories);

} // namespace activa
