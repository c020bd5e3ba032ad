// SPDX-License-Identifier: MIT
#include <activa/csv.hpp>
#include <activa/numbers.hpp>
#include <activa/softmax.hpp>
#include <activa/training.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace activa {
namespace {

// Large enough that a write call costs nothing per row, small enough to be no memory at all.
constexpr std::size_t kFlushAt = 1 << 16;
// Points evaluated at a time when streaming a range.
constexpr std::size_t kChunk = 1 << 14;

} // namespace

bool FileSink::write(std::string_view bytes) {
    if (bytes.empty()) return std::ferror(m_file) == 0;
    return std::fwrite(bytes.data(), 1, bytes.size(), m_file) == bytes.size();
}

TextWriter::TextWriter(OutputSink& sink)
    : m_sink(sink) {
    m_buf.reserve(kFlushAt + 512);
}

void TextWriter::spill() {
    if (m_buf.size() > kFlushAt) finish();
}

TextWriter& TextWriter::text(std::string_view s) {
    m_buf.append(s);
    spill();
    return *this;
}

TextWriter& TextWriter::ch(char c) {
    m_buf.push_back(c);
    return *this;
}

TextWriter& TextWriter::number(double v) {
    if (!std::isfinite(v)) return text(format_number(v));
    std::array<char, 32> tmp{};
    const auto r = std::to_chars(tmp.data(), tmp.data() + tmp.size(), v);
    return text(std::string_view(tmp.data(), static_cast<std::size_t>(r.ptr - tmp.data())));
}

TextWriter& TextWriter::integer(unsigned long long v) {
    std::array<char, 24> tmp{};
    const auto r = std::to_chars(tmp.data(), tmp.data() + tmp.size(), v);
    return text(std::string_view(tmp.data(), static_cast<std::size_t>(r.ptr - tmp.data())));
}

TextWriter& TextWriter::field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return text(s);
    ch('"');
    for (const char c : s) {
        if (c == '"') ch('"');
        ch(c);
    }
    ch('"');
    spill();
    return *this;
}

bool TextWriter::finish() {
    if (!m_failed && !m_buf.empty()) m_failed = !m_sink.write(m_buf);
    m_buf.clear();
    return !m_failed;
}

void write_eval_csv(TextWriter& out, ActivationId id, const ParamValues& params,
                    std::span<const double> xs) {
    write_eval_csv(
        out, [&](auto x, auto v, auto d) { evaluate(id, params, x, v, d); }, xs);
}

void write_eval_csv(TextWriter& out, ActivationId id, const ParamValues& params, double min,
                    double max, std::size_t count) {
    write_eval_csv(
        out, [&](auto x, auto v, auto d) { evaluate(id, params, x, v, d); }, min, max, count);
}

void write_eval_csv(TextWriter& out, const EvaluateChunk& f, std::span<const double> xs) {
    out.text("x,value,derivative\n");
    std::vector<double> v(std::min(xs.size(), kChunk));
    std::vector<double> d(v.size());
    for (std::size_t first = 0; first < xs.size() && !out.failed(); first += kChunk) {
        const std::size_t n = std::min(kChunk, xs.size() - first);
        f(xs.subspan(first, n), std::span(v.data(), n), std::span(d.data(), n));
        for (std::size_t i = 0; i < n; ++i)
            out.number(xs[first + i]).ch(',').number(v[i]).ch(',').number(d[i]).ch('\n');
    }
}

void write_eval_csv(TextWriter& out, const EvaluateChunk& f, double min, double max,
                    std::size_t count) {
    out.text("x,value,derivative\n");
    std::vector<double> xs(std::min(count, kChunk));
    std::vector<double> v(xs.size());
    std::vector<double> d(xs.size());
    for (std::size_t first = 0; first < count && !out.failed(); first += kChunk) {
        const std::size_t n = std::min(kChunk, count - first);
        const std::span<double> x(xs.data(), n);
        linspace(min, max, count, first, x);
        f(x, std::span(v.data(), n), std::span(d.data(), n));
        for (std::size_t i = 0; i < n; ++i)
            out.number(x[i]).ch(',').number(v[i]).ch(',').number(d[i]).ch('\n');
    }
}

void write_curves_csv(TextWriter& out, const CurvesState& state) {
    out.text("x");
    for (const CurveSpec& curve : state.curves) {
        out.ch(',').text(info(curve.id).key);
        if (state.show_derivative) out.ch(',').text(info(curve.id).key).text("_derivative");
    }
    out.ch('\n');
    if (state.points < kMinPoints || !(state.xmin < state.xmax)) return;

    const auto count = static_cast<std::size_t>(state.points);
    const std::size_t chunk = std::min(count, kChunk);
    std::vector<double> xs(chunk);
    // One chunk of values and derivatives per curve: memory grows with the curves, not the points.
    std::vector<std::vector<double>> values(state.curves.size(), std::vector<double>(chunk));
    std::vector<std::vector<double>> slopes(state.curves.size(), std::vector<double>(chunk));
    for (std::size_t first = 0; first < count && !out.failed(); first += chunk) {
        const std::size_t n = std::min(chunk, count - first);
        const std::span<double> x(xs.data(), n);
        linspace(state.xmin, state.xmax, count, first, x);
        for (std::size_t k = 0; k < state.curves.size(); ++k)
            evaluate(state.curves[k].id, state.curves[k].params, x, std::span(values[k].data(), n),
                     std::span(slopes[k].data(), n));
        for (std::size_t i = 0; i < n; ++i) {
            out.number(x[i]);
            for (std::size_t k = 0; k < state.curves.size(); ++k) {
                out.ch(',').number(values[k][i]);
                if (state.show_derivative) out.ch(',').number(slopes[k][i]);
            }
            out.ch('\n');
        }
    }
}

void write_recipe_csv(TextWriter& out, const std::optional<Recipe>& recipe,
                      const TranslateText& translate) {
    out.text("key,value,reason\n");
    if (!recipe) return;
    for (const RecipeLine& line : recipe_lines(*recipe)) {
        out.field(line.key).ch(',').field(line.value).ch(',');
        out.field(translate ? translate(line.reason) : std::string(line.reason)).ch('\n');
    }
}

void write_softmax_csv(TextWriter& out, std::span<const double> logits, double temperature,
                       const std::vector<std::string>* classes) {
    const bool named = classes && classes->size() == logits.size();
    out.text(named ? "index,class,logit,probability,log_probability,sigmoid\n"
                   : "index,logit,probability,log_probability,sigmoid\n");
    if (logits.empty()) return;
    const std::vector<double> p = softmax(logits, temperature);
    const std::vector<double> lp = log_softmax(logits, temperature);
    const std::vector<double> s = sigmoid_each(logits);
    for (std::size_t i = 0; i < logits.size(); ++i) {
        out.integer(i).ch(',');
        if (named) out.field((*classes)[i]).ch(',');
        out.number(logits[i]).ch(',').number(p[i]).ch(',').number(lp[i]).ch(',').number(s[i]);
        out.ch('\n');
    }
}

namespace {

// zero_gradient_fraction came after the others: it goes last, so scripts that read the columns
// by position still find theirs.
constexpr std::array<std::string_view, 6> kGradFlowColumns{
    "grad_norm",          "activation_mean", "activation_std",
    "saturated_fraction", "dead_fraction",   "zero_gradient_fraction"};

void write_gradflow_fields(TextWriter& out, const GradFlowLayer& row) {
    for (const double v : {row.grad_norm, row.activation_mean, row.activation_std,
                           row.saturated_fraction, row.dead_fraction, row.zero_gradient_fraction})
        out.ch(',').number(v);
}

} // namespace

std::span<const std::string_view> gradflow_csv_columns() {
    return kGradFlowColumns;
}

void write_gradflow_csv(TextWriter& out, const GradFlowResult& result) {
    out.text("layer");
    for (const std::string_view column : kGradFlowColumns)
        out.ch(',').text(column);
    out.ch('\n');
    for (const GradFlowLayer& row : result.layers) {
        out.integer(row.layer);
        write_gradflow_fields(out, row);
        out.ch('\n');
    }
}

void write_gradflow_csv(TextWriter& out, std::span<const ActivationId> activations,
                        std::span<const GradFlowResult> results) {
    if (activations.size() != results.size())
        throw std::invalid_argument("write_gradflow_csv: one result per activation");
    const std::size_t depth = results.empty() ? 0 : results.front().layers.size();
    for (const GradFlowResult& r : results)
        if (r.layers.size() != depth)
            throw std::invalid_argument("write_gradflow_csv: results of different depths");
    out.text("layer");
    for (const ActivationId id : activations)
        for (const std::string_view column : kGradFlowColumns)
            out.ch(',').text(info(id).key).ch('_').text(column);
    out.ch('\n');
    for (std::size_t l = 0; l < depth; ++l) {
        out.integer(results.front().layers[l].layer);
        for (const GradFlowResult& r : results)
            write_gradflow_fields(out, r.layers[l]);
        out.ch('\n');
    }
}

void write_train_csv_header(TextWriter& out) {
    out.text("activation,epoch,train_loss,test_loss,train_accuracy,test_accuracy,"
             "first_layer_grad_norm,last_layer_grad_norm,dead_fraction\n");
}

void write_train_csv_row(TextWriter& out, ActivationId activation, const EpochStats& e) {
    // NaN accuracy means "not a classification", which an empty field says without a number.
    const auto accuracy = [&out](double a) {
        if (!std::isnan(a)) out.number(a);
        out.ch(',');
    };
    out.text(info(activation).key).ch(',').integer(e.epoch).ch(',');
    out.number(e.train_loss).ch(',').number(e.test_loss).ch(',');
    accuracy(e.train_accuracy);
    accuracy(e.test_accuracy);
    out.number(e.grad_norm_first).ch(',').number(e.grad_norm_last).ch(',');
    out.number(e.dead_fraction).ch('\n');
}

void write_train_csv(TextWriter& out, std::span<const ActivationId> activations,
                     std::span<const std::vector<EpochStats>> histories) {
    write_train_csv_header(out);
    const std::size_t runs = std::min(activations.size(), histories.size());
    if (runs == 0) return;
    std::size_t epochs = histories[0].size();
    for (std::size_t r = 1; r < runs; ++r)
        epochs = std::min(epochs, histories[r].size());
    for (std::size_t e = 0; e < epochs; ++e)
        for (std::size_t r = 0; r < runs; ++r)
            write_train_csv_row(out, activations[r], histories[r][e]);
}

} // namespace activa
