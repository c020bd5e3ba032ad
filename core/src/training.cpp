// SPDX-License-Identifier: MIT
#include <activa/random.hpp>
#include <activa/training.hpp>

#include "dense.hpp"
#include "training_loss.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace activa {
namespace {

using training_detail::kMaxOutputs;
using training_detail::point_hits;
using training_detail::point_loss;

// Separate streams: the initial weights never depend on how many shuffles came before.
constexpr std::uint64_t kInitStream = 11;
constexpr std::uint64_t kShuffleStream = 12;

// Points per forward pass when evaluating a whole set: bounded memory for any set size.
constexpr std::size_t kChunk = 512;

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

constexpr double kAdamBeta1 = 0.9;
constexpr double kAdamBeta2 = 0.999;
constexpr double kAdamEpsilon = 1e-8;

struct LayerShape {
    std::size_t in;
    std::size_t out;
    std::size_t w; // offset of the weights (out × in, column-major) in the parameter vector
    std::size_t b; // offset of the biases
};

} // namespace

struct Trainer::Impl {
    TrainSettings settings;
    std::shared_ptr<const Dataset> data;
    ParamValues params{};
    OutputActivation output{};
    LossKind loss{};
    std::vector<LayerShape> layers; // hidden layers, then the output layer
    std::vector<double> theta;
    std::vector<double> moment1; // Adam's first moment, or SGD's velocity
    std::vector<double> moment2;
    double beta1_power = 1.0; // β₁ᵗ and β₂ᵗ by repeated products: the same bits everywhere
    double beta2_power = 1.0;
    Rng shuffle_rng{0};
    std::vector<std::size_t> order;
    std::vector<EpochStats> history;

    // Work buffers, reused from call to call (hence mutable: predict() is logically const).
    mutable std::vector<std::vector<double>> acts;   // [0] inputs, [l + 1] outputs of layer l
    mutable std::vector<std::vector<double>> slopes; // f′(z) of hidden layer l
    mutable std::vector<double> z;
    mutable std::vector<double> dz;
    mutable std::vector<double> dh;
    mutable std::vector<double> targets;
    mutable std::vector<double> grad;

    std::size_t hidden() const { return layers.size() - 1; }
    std::size_t outputs() const { return layers.back().out; }

    void init() {
        const TrainSettings& s = settings;
        params = effective_params(s);
        output = effective_output(s);
        loss = effective_loss(s);
        std::size_t in = 2;
        std::size_t offset = 0;
        for (std::size_t l = 0; l <= s.hidden_layers; ++l) {
            const std::size_t out = l == s.hidden_layers ? data->outputs : s.units;
            layers.push_back({in, out, offset, offset + in * out});
            offset += in * out + out;
            in = out;
        }
        theta.assign(offset, 0.0);
        Rng rng(s.seed, kInitStream);
        const InitScheme scheme = effective_init(s);
        for (const auto& l : layers)
            draw_weights(scheme, l.in, l.out, s.normal_std, rng,
                         std::span(theta).subspan(l.w, l.in * l.out));
        moment1.assign(offset, 0.0);
        moment2.assign(offset, 0.0);
        grad.assign(offset, 0.0);
        shuffle_rng = Rng(s.seed, kShuffleStream);
        order.resize(data->train_count);
        acts.resize(layers.size() + 1);
        slopes.resize(hidden());
    }

    // Inputs and targets of the given points into acts[0] and targets. The inputs are the raw
    // coordinates, as Playground feeds them: scaled to [-1, 1], tanh barely learns the spiral in
    // 300 epochs.
    void gather(std::span<const std::size_t> points) const {
        const std::size_t k = outputs();
        acts[0].resize(2 * points.size());
        targets.resize(k * points.size());
        for (std::size_t j = 0; j < points.size(); ++j) {
            const std::size_t p = points[j];
            acts[0][2 * j] = data->x[2 * p];
            acts[0][2 * j + 1] = data->x[2 * p + 1];
            std::copy_n(data->y.begin() + static_cast<std::ptrdiff_t>(k * p), k,
                        targets.begin() + static_cast<std::ptrdiff_t>(k * j));
        }
    }

    // Forward pass over the n columns of acts[0]; leaves the output layer's pre-activations in z.
    void forward(std::size_t n) const {
        const auto& gemm = detail::dense_kernels().gemm;
        const auto cols = static_cast<std::ptrdiff_t>(n);
        for (std::size_t l = 0; l < layers.size(); ++l) {
            const LayerShape& s = layers[l];
            const std::size_t size = s.out * n;
            z.resize(size);
            for (std::size_t c = 0; c < n; ++c)
                std::copy_n(theta.begin() + static_cast<std::ptrdiff_t>(s.b), s.out,
                            z.begin() + static_cast<std::ptrdiff_t>(c * s.out));
            gemm(false, false, static_cast<std::ptrdiff_t>(s.out), cols,
                 static_cast<std::ptrdiff_t>(s.in), 1.0, theta.data() + s.w,
                 static_cast<std::ptrdiff_t>(s.out), acts[l].data(),
                 static_cast<std::ptrdiff_t>(s.in), 1.0, z.data(),
                 static_cast<std::ptrdiff_t>(s.out));
            if (l == hidden()) break;
            acts[l + 1].resize(size);
            slopes[l].resize(size);
            evaluate(settings.activation, params, z, acts[l + 1], slopes[l]);
        }
    }

    // Loss summed over the n points (outputs into acts.back(), ∂loss/∂z · scale into dz) and
    // the hits and questions for accuracy.
    double output_loss(std::size_t n, double scale, std::size_t* hits, std::size_t* asked) const {
        const std::size_t k = outputs();
        acts.back().resize(k * n);
        dz.resize(k * n);
        double total = 0.0;
        for (std::size_t c = 0; c < n; ++c) {
            double* d = dz.data() + c * k;
            total += point_loss(output, loss, z.data() + c * k, targets.data() + c * k, k,
                                acts.back().data() + c * k, d);
            for (std::size_t i = 0; i < k; ++i)
                d[i] *= scale;
            if (hits != nullptr) {
                const auto [h, a] = point_hits(data->problem, acts.back().data() + c * k,
                                               targets.data() + c * k, k);
                *hits += h;
                *asked += a;
            }
        }
        return total;
    }

    // Backpropagates dz (already scaled by 1/n) into grad.
    void backward(std::size_t n) const {
        const auto& gemm = detail::dense_kernels().gemm;
        const auto cols = static_cast<std::ptrdiff_t>(n);
        for (std::size_t l = layers.size(); l-- > 0;) {
            const LayerShape& s = layers[l];
            const auto out = static_cast<std::ptrdiff_t>(s.out);
            const auto in = static_cast<std::ptrdiff_t>(s.in);
            gemm(false, true, out, in, cols, 1.0, dz.data(), out, acts[l].data(), in, 0.0,
                 grad.data() + s.w, out);
            for (std::size_t i = 0; i < s.out; ++i) {
                double sum = 0.0;
                for (std::size_t c = 0; c < n; ++c)
                    sum += dz[c * s.out + i];
                grad[s.b + i] = sum;
            }
            if (l == 0) break;
            dh.resize(s.in * n);
            gemm(true, false, in, cols, out, 1.0, theta.data() + s.w, out, dz.data(), out, 0.0,
                 dh.data(), in);
            dz.resize(s.in * n);
            const std::vector<double>& slope = slopes[l - 1];
            for (std::size_t i = 0; i < s.in * n; ++i)
                dz[i] = dh[i] * slope[i];
        }
    }

    double frobenius(const LayerShape& s) const {
        double sum = 0.0;
        for (std::size_t i = 0; i < s.in * s.out; ++i)
            sum += grad[s.w + i] * grad[s.w + i];
        return std::sqrt(sum);
    }

    double penalty_and_gradient(bool add_gradient) const {
        double sum = 0.0;
        if (settings.l2 == 0.0) return 0.0;
        for (const auto& s : layers)
            for (std::size_t i = s.w; i < s.w + s.in * s.out; ++i) {
                sum += theta[i] * theta[i];
                if (add_gradient) grad[i] += settings.l2 * theta[i];
            }
        return 0.5 * settings.l2 * sum;
    }

    void update() {
        const double lr = settings.learning_rate;
        if (settings.optimizer == Optimizer::Sgd) {
            // PyTorch's form: v ← μv + g, θ ← θ − lr·v.
            for (std::size_t i = 0; i < theta.size(); ++i) {
                moment1[i] = settings.momentum * moment1[i] + grad[i];
                theta[i] -= lr * moment1[i];
            }
            return;
        }
        beta1_power *= kAdamBeta1;
        beta2_power *= kAdamBeta2;
        const double c1 = 1.0 - beta1_power;
        const double c2 = 1.0 - beta2_power;
        for (std::size_t i = 0; i < theta.size(); ++i) {
            moment1[i] = kAdamBeta1 * moment1[i] + (1.0 - kAdamBeta1) * grad[i];
            moment2[i] = kAdamBeta2 * moment2[i] + (1.0 - kAdamBeta2) * grad[i] * grad[i];
            theta[i] -= lr * (moment1[i] / c1) / (std::sqrt(moment2[i] / c2) + kAdamEpsilon);
        }
    }

    struct SetStats {
        double loss;
        double accuracy;
    };

    // Mean loss and accuracy over points first .. first + count - 1; marks live hidden units.
    SetStats evaluate_set(std::size_t first, std::size_t count,
                          std::vector<unsigned char>* alive) const {
        if (count == 0) return {kNan, kNan};
        std::vector<std::size_t> points;
        double total = 0.0;
        std::size_t hits = 0;
        std::size_t asked = 0;
        for (std::size_t start = 0; start < count; start += kChunk) {
            const std::size_t n = std::min(kChunk, count - start);
            points.resize(n);
            std::iota(points.begin(), points.end(), first + start);
            gather(points);
            forward(n);
            total += output_loss(n, 1.0, &hits, &asked);
            if (alive != nullptr) {
                std::size_t unit = 0;
                for (std::size_t l = 0; l < hidden(); ++l) {
                    const std::size_t width = layers[l].out;
                    for (std::size_t c = 0; c < n; ++c)
                        for (std::size_t i = 0; i < width; ++i)
                            (*alive)[unit + i] |= slopes[l][c * width + i] != 0.0 ? 1 : 0;
                    unit += width;
                }
            }
        }
        // Outputs that are no longer numbers hit or miss by accident: a diverged network has no
        // accuracy.
        const bool scored = asked > 0 && std::isfinite(total);
        return {total / static_cast<double>(count),
                scored ? static_cast<double>(hits) / static_cast<double>(asked) : kNan};
    }

    EpochStats step() {
        const std::size_t n_train = data->train_count;
        std::iota(order.begin(), order.end(), std::size_t{0});
        for (std::size_t i = n_train; i > 1; --i)
            std::swap(order[i - 1], order[shuffle_rng.below(i)]);
        double first_norm = 0.0;
        double last_norm = 0.0;
        std::size_t batches = 0;
        for (std::size_t start = 0; start < n_train; start += settings.batch_size) {
            const std::size_t n = std::min(settings.batch_size, n_train - start);
            gather(std::span(order).subspan(start, n));
            forward(n);
            output_loss(n, 1.0 / static_cast<double>(n), nullptr, nullptr);
            backward(n);
            first_norm += frobenius(layers.front());
            last_norm += frobenius(layers[hidden() - 1]);
            ++batches;
            penalty_and_gradient(true);
            update();
        }
        EpochStats e{};
        e.epoch = history.size() + 1;
        std::size_t units = 0;
        for (std::size_t l = 0; l < hidden(); ++l)
            units += layers[l].out;
        std::vector<unsigned char> alive(units, 0);
        const SetStats train = evaluate_set(0, n_train, &alive);
        const SetStats test = evaluate_set(n_train, data->test_count(), nullptr);
        e.train_loss = train.loss;
        e.test_loss = test.loss;
        e.train_accuracy = train.accuracy;
        e.test_accuracy = test.accuracy;
        e.grad_norm_first = first_norm / static_cast<double>(batches);
        e.grad_norm_last = last_norm / static_cast<double>(batches);
        e.dead_fraction = static_cast<double>(std::count(alive.begin(), alive.end(), 0)) /
                          static_cast<double>(units);
        history.push_back(e);
        return e;
    }
};

Trainer::Trainer(const TrainSettings& settings)
    : Trainer(settings, std::make_shared<const Dataset>(make_dataset(settings))) {}

Trainer::Trainer(const TrainSettings& settings, std::shared_ptr<const Dataset> data)
    : m_impl(std::make_unique<Impl>()) {
    if (const auto ok = validate(settings); !ok) throw std::invalid_argument(ok.error());
    if (!data || data->train_count == 0 || data->outputs == 0 || data->outputs > kMaxOutputs)
        throw std::invalid_argument("the dataset has no training points");
    m_impl->settings = settings;
    m_impl->data = std::move(data);
    m_impl->init();
}

Trainer::~Trainer() = default;
Trainer::Trainer(Trainer&&) noexcept = default;
Trainer& Trainer::operator=(Trainer&&) noexcept = default;

const TrainSettings& Trainer::settings() const {
    return m_impl->settings;
}
const Dataset& Trainer::dataset() const {
    return *m_impl->data;
}
std::shared_ptr<const Dataset> Trainer::shared_dataset() const {
    return m_impl->data;
}
EpochStats Trainer::step() {
    return m_impl->step();
}
std::size_t Trainer::epoch() const {
    return m_impl->history.size();
}
bool Trainer::finished() const {
    return epoch() >= m_impl->settings.epochs;
}
const std::vector<EpochStats>& Trainer::history() const {
    return m_impl->history;
}

void Trainer::predict(std::span<const double> points, std::span<double> out) const {
    const Impl& m = *m_impl;
    const std::size_t k = m.outputs();
    const std::size_t count = points.size() / 2;
    if (points.size() % 2 != 0 || out.size() != count * k)
        throw std::invalid_argument("predict: two coordinates in, one value per output out");
    for (std::size_t start = 0; start < count; start += kChunk) {
        const std::size_t n = std::min(kChunk, count - start);
        m.acts[0].resize(2 * n);
        for (std::size_t i = 0; i < 2 * n; ++i)
            m.acts[0][i] = points[2 * start + i];
        m.targets.assign(k * n, 0.0);
        m.forward(n);
        m.output_loss(n, 1.0, nullptr, nullptr);
        std::copy_n(m.acts.back().begin(), k * n,
                    out.begin() + static_cast<std::ptrdiff_t>(start * k));
    }
}

std::vector<double> Trainer::predict_grid(double x_min, double x_max, double y_min, double y_max,
                                          std::size_t nx, std::size_t ny) const {
    if (nx < 2 || ny < 2) throw std::invalid_argument("predict_grid: at least 2 × 2 nodes");
    std::vector<double> xs(nx);
    std::vector<double> ys(ny);
    linspace(x_min, x_max, xs);
    linspace(y_min, y_max, ys);
    std::vector<double> points;
    points.reserve(2 * nx);
    std::vector<double> out(nx * ny * m_impl->outputs());
    const std::size_t row = nx * m_impl->outputs();
    for (std::size_t j = 0; j < ny; ++j) {
        points.clear();
        for (const double x : xs) {
            points.push_back(x);
            points.push_back(ys[j]);
        }
        predict(points, std::span(out).subspan(j * row, row));
    }
    return out;
}

std::size_t Trainer::parameter_count() const {
    return m_impl->theta.size();
}
std::vector<double> Trainer::parameters() const {
    return m_impl->theta;
}

void Trainer::set_parameters(std::span<const double> values) {
    if (values.size() != m_impl->theta.size())
        throw std::invalid_argument("set_parameters: wrong number of values");
    std::copy(values.begin(), values.end(), m_impl->theta.begin());
}

double Trainer::loss_and_gradient(std::span<const std::size_t> train_points,
                                  std::span<double> gradient) const {
    const Impl& m = *m_impl;
    if (gradient.size() != m.theta.size())
        throw std::invalid_argument("loss_and_gradient: gradient has the wrong size");
    for (const std::size_t p : train_points)
        if (p >= m.data->train_count)
            throw std::invalid_argument("loss_and_gradient: not a training point");
    const std::size_t n = train_points.size();
    if (n == 0) throw std::invalid_argument("loss_and_gradient: no points");
    m.gather(train_points);
    m.forward(n);
    const double scale = 1.0 / static_cast<double>(n);
    const double loss = m.output_loss(n, scale, nullptr, nullptr) * scale;
    m.backward(n);
    const double penalty = m.penalty_and_gradient(true);
    std::copy(m.grad.begin(), m.grad.end(), gradient.begin());
    return loss + penalty;
}

} // namespace activa
