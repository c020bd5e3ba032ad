// SPDX-License-Identifier: MIT
#include <activa/functions.hpp>
#include <activa/gradflow.hpp>
#include <activa/numbers.hpp>
#include <activa/random.hpp>

#include "checked_functions.hpp"
#include "dense.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <stdexcept>

namespace activa {
namespace {

// Separate streams: drawing a different number of inputs never changes the weights.
constexpr std::uint64_t kInputStream = 1;
constexpr std::uint64_t kWeightStream = 2;
constexpr std::uint64_t kGradientStream = 3;

std::string out_of_range(const char* field, std::size_t lo, std::size_t hi, std::size_t got) {
    return std::string(field) + " must be between " + std::to_string(lo) + " and " +
           std::to_string(hi) + ", got " + std::to_string(got);
}

bool cancelled(const std::atomic<bool>* cancel) {
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

// ‖v‖ without overflow or underflow of the squares: a gradient of 1e-200 still has a norm. The
// plain sum of squares is enough unless it left the comfortable range.
double column_norm(const double* v, std::size_t n) {
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        sum += v[i] * v[i];
    if (sum > 1e-280 && sum < 1e280) return std::sqrt(sum);
    if (std::isnan(sum)) return sum; // a NaN anywhere: std::max below would drop it for 0
    double scale = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        scale = std::max(scale, std::fabs(v[i]));
    if (scale == 0.0 || !std::isfinite(scale)) return scale;
    sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = v[i] / scale;
        sum += t * t;
    }
    return scale * std::sqrt(sum);
}

double mean_column_norm(const double* m, std::size_t rows, std::size_t cols) {
    double sum = 0.0;
    for (std::size_t c = 0; c < cols; ++c)
        sum += column_norm(m + c * rows, rows);
    return sum / static_cast<double>(cols);
}

// Uninitialised storage that only grows: every element is written before it is read, and
// zero-filling or faulting in tens of fresh megabytes each run would cost as much as the products.
class Buffer {
public:
    void ensure(std::size_t n) {
        if (n > m_capacity) {
            m_data.reset(); // release first: the peak stays at one copy
            m_data.reset(new double[n]);
            m_capacity = n;
        }
    }
    double* data() { return m_data.get(); }
    const double* data() const { return m_data.get(); }
    std::span<double> span(std::size_t offset, std::size_t count) {
        return {m_data.get() + offset, count};
    }
    std::size_t capacity() const { return m_capacity; }

private:
    std::unique_ptr<double[]> m_data;
    std::size_t m_capacity = 0;
};

} // namespace

struct GradFlowWorkspace::Impl {
    Buffer weights; // layer l (0-based) at l·W², W×W column-major: z = Wₗ·h + b
    Buffer slopes;  // f′(z) of layer l at l·W·B, for the backward pass
    Buffer top;     // W×B, unit-norm columns: ∂loss/∂h of the last layer
    Buffer x;       // inputs, then the activations of the previous layer
    Buffer z;
    Buffer h;
    Buffer dz;
    Buffer dh;
};

namespace {

// One run's view of the workspace.
struct Network {
    std::size_t depth;
    std::size_t width;
    std::size_t batch;
    ActivationId activation;
    ParamValues params;
    double bias;
    GradFlowWorkspace::Impl& ws;

    std::size_t size() const { return width * batch; }
    const double* weights(std::size_t l) const { return ws.weights.data() + l * width * width; }
    double* slopes(std::size_t l) const { return ws.slopes.data() + l * size(); }
    // out = W·in + beta·out for layer l's weights W (Wᵀ when transposed), over the batch.
    void multiply(bool transposed, std::size_t l, const double* in, double beta,
                  double* out) const {
        const auto w = static_cast<std::ptrdiff_t>(width);
        const auto b = static_cast<std::ptrdiff_t>(batch);
        detail::dense_kernels().gemm(transposed, false, w, b, w, 1.0, weights(l), w, in, w, beta,
                                     out, w);
    }
};

Network build(const GradFlowSettings& s, GradFlowWorkspace::Impl& ws) {
    if (const auto ok = validate(s); !ok) throw std::invalid_argument(ok.error());
    Network n{s.depth, s.width, s.batch, s.activation, effective_params(s), s.bias, ws};
    const std::size_t w2 = s.width * s.width;
    const std::size_t size = n.size();
    ws.weights.ensure(s.depth * w2);
    ws.slopes.ensure(s.depth * size);
    for (Buffer* b : {&ws.top, &ws.x, &ws.z, &ws.h, &ws.dz, &ws.dh})
        b->ensure(size);

    Rng weight_rng(s.seed, kWeightStream);
    const InitScheme init = effective_init(s);
    for (std::size_t l = 0; l < s.depth; ++l)
        draw_weights(init, s.width, s.width, s.normal_std, weight_rng, ws.weights.span(l * w2, w2));

    Rng gradient_rng(s.seed, kGradientStream);
    gradient_rng.fill_normal(ws.top.span(0, size), 0.0, 1.0);
    for (std::size_t c = 0; c < s.batch; ++c) {
        double* col = ws.top.data() + c * s.width;
        const double norm = column_norm(col, s.width);
        for (std::size_t i = 0; i < s.width; ++i)
            col[i] /= norm;
    }
    return n;
}

void random_inputs(const GradFlowSettings& s, std::span<double> x) {
    Rng rng(s.seed, kInputStream);
    switch (effective_inputs(s)) {
    case InputScaling::ZeroOne:
        rng.fill_uniform(x, 0.0, 1.0);
        break;
    case InputScaling::MinusOneOne:
        rng.fill_uniform(x, -1.0, 1.0);
        break;
    case InputScaling::Standardised:
        rng.fill_normal(x, 0.0, 1.0);
        break;
    }
}

// The activation's saturation bands, computed the first time a small slope asks for them: most
// runs (ReLU's slopes are 0 or 1, tanh's at Glorot rarely small) never need them.
class LazyBands {
public:
    LazyBands(ActivationId id, const ParamValues& params)
        : m_id(id)
        , m_params(params) {}
    bool saturated(double x, double slope) {
        if (!m_bands) m_bands.emplace(m_id, m_params);
        return m_bands->saturated(x, slope);
    }

private:
    ActivationId m_id;
    ParamValues m_params;
    std::optional<SaturationBands> m_bands;
};

void layer_statistics(std::span<const double> z, std::span<const double> h,
                      std::span<const double> d, LazyBands& bands, std::size_t width,
                      std::size_t batch, GradFlowLayer& row) {
    const auto count = static_cast<double>(h.size());
    double sum = 0.0;
    for (const double v : h)
        sum += v;
    const double mean = sum / count;
    double squares = 0.0;
    for (const double v : h)
        squares += (v - mean) * (v - mean);
    // A slope of exactly 0 passes nothing back, which is not saturation: ReLU's negative side
    // is that, and counting it as saturated made ReLU look saturated and sigmoid (whose slope of
    // at most ¼ shrinks the gradient at every layer) not. Nor is a slope that only passes
    // through zero (GELU's near −0.75).
    // Counted without a branch first (ReLU's zeros come at random); the few small slopes are
    // then asked about one by one.
    std::size_t zero = 0;
    std::size_t small = 0;
    for (const double s : d) {
        const double slope = std::fabs(s);
        zero += slope == 0.0 ? 1 : 0;
        small += slope < kSaturationThreshold ? 1 : 0;
    }
    std::size_t saturated = 0;
    if (small > zero)
        for (std::size_t i = 0; i < d.size(); ++i)
            if (d[i] != 0.0 && std::fabs(d[i]) < kSaturationThreshold &&
                bands.saturated(z[i], d[i]))
                ++saturated;
    // A unit is alive once any sample gives it a slope; scanned column by column for the cache.
    std::vector<unsigned char> alive(width, 0);
    for (std::size_t c = 0; c < batch; ++c)
        for (std::size_t unit = 0; unit < width; ++unit)
            alive[unit] |= d[c * width + unit] != 0.0 ? 1 : 0;
    std::size_t dead = 0;
    for (const unsigned char a : alive)
        dead += a ? 0 : 1;
    row.activation_mean = mean;
    row.activation_std = std::sqrt(squares / count);
    row.saturated_fraction = static_cast<double>(saturated) / count;
    row.zero_gradient_fraction = static_cast<double>(zero) / count;
    row.dead_fraction = static_cast<double>(dead) / static_cast<double>(width);
}

// Forward pass from the inputs in ws.x; keeps f′ of every layer for the backward pass and leaves
// the top activations in ws.x. Fills the activation statistics when rows (and bands) are given.
// Returns false when cancelled.
bool forward(const Network& n, GradFlowLayer* rows, LazyBands* bands,
             const std::atomic<bool>* cancel) {
    const std::size_t size = n.size();
    double* x = n.ws.x.data();
    double* z = n.ws.z.data();
    double* h = n.ws.h.data();
    for (std::size_t l = 0; l < n.depth; ++l) {
        if (cancelled(cancel)) return false;
        if (n.bias != 0.0) std::fill(z, z + size, n.bias);
        n.multiply(false, l, x, n.bias == 0.0 ? 0.0 : 1.0, z);
        const std::span<double> slope(n.slopes(l), size);
        evaluate(n.activation, n.params, std::span<const double>(z, size),
                 std::span<double>(h, size), slope);
        if (rows != nullptr && bands != nullptr) {
            rows[l].layer = l + 1;
            layer_statistics({z, size}, {h, size}, slope, *bands, n.width, n.batch, rows[l]);
        }
        std::swap(x, h);
    }
    if (x != n.ws.x.data()) std::copy(x, x + size, n.ws.x.data());
    return true;
}

// Backpropagates the top gradient; fills the gradient norms when rows is given and ∂loss/∂x
// when grad_input is. Returns false when cancelled.
bool backward(const Network& n, GradFlowLayer* rows, double* grad_input,
              const std::atomic<bool>* cancel) {
    const std::size_t size = n.size();
    double* dz = n.ws.dz.data();
    double* dh = n.ws.dh.data();
    const double* top = n.ws.top.data();
    const double* last = n.slopes(n.depth - 1);
    for (std::size_t i = 0; i < size; ++i)
        dz[i] = top[i] * last[i];
    for (std::size_t l = n.depth; l-- > 0;) {
        if (cancelled(cancel)) return false;
        if (rows != nullptr) rows[l].grad_norm = mean_column_norm(dz, n.width, n.batch);
        double* target = l == 0 ? grad_input : dh;
        if (target == nullptr) break;
        n.multiply(true, l, dz, 0.0, target);
        if (l == 0) break;
        const double* slope = n.slopes(l - 1);
        for (std::size_t i = 0; i < size; ++i)
            dz[i] = dh[i] * slope[i];
    }
    return true;
}

} // namespace

std::size_t gradflow_memory_bytes(std::size_t depth, std::size_t width, std::size_t batch) {
    // Weights and f′ of every layer, plus the inputs, the top gradient and five work matrices.
    return sizeof(double) * (depth * width * (width + batch) + 7 * width * batch);
}

ParamValues effective_params(const GradFlowSettings& s) {
    return s.params ? *s.params : default_params(s.activation);
}

InputScaling effective_inputs(const GradFlowSettings& s) {
    return s.inputs.value_or(info(s.activation).properties.scaling);
}

InitScheme effective_init(const GradFlowSettings& s) {
    return s.init ? *s.init : recommended_init(s.activation);
}

namespace {

// The rules of single fields, shared by validate() and checked(); each returns the reason or "".
std::string size_problem(const char* field, std::size_t lo, std::size_t hi, std::size_t got) {
    return got < lo || got > hi ? out_of_range(field, lo, hi, got) : std::string();
}

std::string normal_std_problem(double normal_std) {
    if (normal_std >= kGradFlowMinNormalStd && normal_std <= kGradFlowMaxNormalStd) return {};
    return "normal_std must be between " + format_number(kGradFlowMinNormalStd) + " and " +
           format_number(kGradFlowMaxNormalStd) + ", got " + format_number(normal_std);
}

std::string bias_problem(double bias) {
    if (std::fabs(bias) <= kGradFlowMaxAbsBias) return {};
    return "bias must be between " + format_number(-kGradFlowMaxAbsBias) + " and " +
           format_number(kGradFlowMaxAbsBias) + ", got " + format_number(bias);
}

std::string memory_problem(std::size_t depth, std::size_t width, std::size_t batch) {
    const std::size_t bytes = gradflow_memory_bytes(depth, width, batch);
    if (bytes <= kGradFlowMemoryCeilingBytes) return {};
    return "depth × width × batch too large: needs " + std::to_string(bytes >> 20) +
           " MiB, the limit is " + std::to_string(kGradFlowMemoryCeilingBytes >> 20) + " MiB";
}

bool known_init(InitScheme init) {
    return static_cast<std::size_t>(init) < init_schemes().size();
}

// The first broken rule in words, or nothing.
std::string first_problem(const GradFlowSettings& s) {
    if (!is_known(s.activation)) return "activation is not in the catalogue";
    if (s.params) {
        if (auto ok = validate_params(s.activation, *s.params); !ok) return ok.error();
    }
    for (std::string why : {size_problem("depth", kGradFlowMinDepth, kGradFlowMaxDepth, s.depth),
                            size_problem("width", kGradFlowMinWidth, kGradFlowMaxWidth, s.width),
                            size_problem("batch", kGradFlowMinBatch, kGradFlowMaxBatch, s.batch)})
        if (!why.empty()) return why;
    if (s.init && !known_init(*s.init)) return "init is not a known initialisation";
    if (effective_init(s) == InitScheme::Normal) {
        if (std::string why = normal_std_problem(s.normal_std); !why.empty()) return why;
    }
    if (std::string why = bias_problem(s.bias); !why.empty()) return why;
    return memory_problem(s.depth, s.width, s.batch);
}

} // namespace

Expected<void> validate(const GradFlowSettings& s) {
    return Expected<void>::from_reason(first_problem(s));
}

GradFlowWorkspace::GradFlowWorkspace()
    : m_impl(std::make_unique<Impl>()) {}
GradFlowWorkspace::~GradFlowWorkspace() = default;
GradFlowWorkspace::GradFlowWorkspace(GradFlowWorkspace&&) noexcept = default;
GradFlowWorkspace& GradFlowWorkspace::operator=(GradFlowWorkspace&&) noexcept = default;

std::size_t GradFlowWorkspace::bytes() const {
    const Impl& w = *m_impl;
    return sizeof(double) *
           (w.weights.capacity() + w.slopes.capacity() + w.top.capacity() + w.x.capacity() +
            w.z.capacity() + w.h.capacity() + w.dz.capacity() + w.dh.capacity());
}

GradFlowResult run_gradflow(const GradFlowSettings& settings, GradFlowWorkspace& workspace,
                            const std::atomic<bool>* cancel) {
    const Network n = build(settings, *workspace.m_impl);
    random_inputs(settings, n.ws.x.span(0, n.size()));
    LazyBands bands(settings.activation, n.params);
    GradFlowResult result;
    std::vector<GradFlowLayer> rows(n.depth);
    if (!forward(n, rows.data(), &bands, cancel) || !backward(n, rows.data(), nullptr, cancel)) {
        result.cancelled = true;
        return result;
    }
    result.layers = std::move(rows);
    return result;
}

GradFlowResult run_gradflow(const GradFlowSettings& settings, const std::atomic<bool>* cancel) {
    GradFlowWorkspace workspace;
    return run_gradflow(settings, workspace, cancel);
}

std::vector<GradFlowCurve> default_gradflow_curves() {
    return {{ActivationId::Sigmoid, recommended_init(ActivationId::Sigmoid)},
            {ActivationId::Tanh, recommended_init(ActivationId::Tanh)},
            {ActivationId::Relu, recommended_init(ActivationId::Relu)}};
}

GradFlowSettings gradflow_settings(const GradFlowState& state, std::size_t curve) {
    GradFlowSettings s;
    s.activation = state.curves.at(curve).activation;
    s.init = state.curves[curve].init;
    s.depth = state.depth;
    s.width = state.width;
    s.batch = state.batch;
    s.normal_std = state.normal_std;
    s.bias = state.bias;
    s.seed = state.seed;
    s.inputs = state.inputs;
    return s;
}

Expected<GradFlowState> checked(GradFlowState s, OnInvalid on_invalid) {
    const bool repair = on_invalid == OnInvalid::UseDefault;
    const GradFlowState defaults;
    using Result = Expected<GradFlowState>;

    auto checked_curves =
        checked_functions(s.curves, &GradFlowCurve::activation, repair, [&](GradFlowCurve& c) {
            if (known_init(c.init)) return std::string();
            if (!repair) return std::string("init is not a known initialisation");
            c.init = recommended_init(c.activation);
            return std::string();
        });
    if (!checked_curves) return Result::failure(checked_curves.error());
    std::vector<GradFlowCurve> curves = std::move(*checked_curves);
    if (curves.empty()) {
        if (!repair) return Result::failure("at least one activation is needed");
        curves = defaults.curves;
    }
    if (curves.size() > kGradFlowMaxCurves) {
        if (!repair)
            return Result::failure("at most " + std::to_string(kGradFlowMaxCurves) +
                                   " activations can be compared, got " +
                                   std::to_string(curves.size()));
        curves.resize(kGradFlowMaxCurves);
    }
    s.curves = std::move(curves);

    // A bad field is refused, or takes its default and leaves the good fields as they are.
    const auto keep = [repair](const std::string& problem, auto& field, auto fallback) {
        if (problem.empty()) return true;
        if (repair) field = fallback;
        return repair;
    };
    if (auto p = size_problem("depth", kGradFlowMinDepth, kGradFlowMaxDepth, s.depth);
        !keep(p, s.depth, defaults.depth))
        return Result::failure(p);
    if (auto p = size_problem("width", kGradFlowMinWidth, kGradFlowMaxWidth, s.width);
        !keep(p, s.width, defaults.width))
        return Result::failure(p);
    if (auto p = size_problem("batch", kGradFlowMinBatch, kGradFlowMaxBatch, s.batch);
        !keep(p, s.batch, defaults.batch))
        return Result::failure(p);
    // Checked even when no curve uses it: the window keeps it for when one does.
    if (auto p = normal_std_problem(s.normal_std); !keep(p, s.normal_std, defaults.normal_std))
        return Result::failure(p);
    if (auto p = bias_problem(s.bias); !keep(p, s.bias, defaults.bias)) return Result::failure(p);
    if (std::string problem = memory_problem(s.depth, s.width, s.batch); !problem.empty()) {
        if (!repair) return Result::failure(problem);
        s.depth = defaults.depth;
        s.width = defaults.width;
        s.batch = defaults.batch;
    }
    return s;
}

double gradflow_probe(const GradFlowSettings& settings, std::span<const double> inputs,
                      std::span<double> grad_inputs) {
    GradFlowWorkspace workspace;
    const Network n = build(settings, *workspace.m_impl);
    if (inputs.size() != n.size() || grad_inputs.size() != inputs.size())
        throw std::invalid_argument("gradflow_probe: inputs must hold width × batch values");
    std::copy(inputs.begin(), inputs.end(), n.ws.x.data());
    forward(n, nullptr, nullptr, nullptr);
    double loss = 0.0;
    for (std::size_t i = 0; i < n.size(); ++i)
        loss += n.ws.top.data()[i] * n.ws.x.data()[i];
    backward(n, nullptr, grad_inputs.data(), nullptr);
    return loss;
}

} // namespace activa
