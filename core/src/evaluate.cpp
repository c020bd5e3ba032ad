// SPDX-License-Identifier: MIT
#include "kernels.hpp"

#include <activa/activations.hpp>

#include <cmath>
#include <stdexcept>

namespace activa {
namespace {

using detail::P;
using Kernel = void (*)(double, P, double&, double&);

template <Kernel K>
[[gnu::always_inline]] inline void run(const double* __restrict xs, double* __restrict vs,
                                       double* __restrict ds, std::size_t n, P p) {
    for (std::size_t i = 0; i < n; ++i) {
        const double x = xs[i];
        double v = 0.0;
        double d = 0.0;
        K(x, p, v, d);
        const bool nan = x != x;
        vs[i] = nan ? x : v;
        ds[i] = nan ? x : d;
    }
}

// sin and cos beyond detail::kSinCosLimit need a longer argument reduction than the vectorised
// kernel has. Such points are rare: the first loop counts them (in a double, the one reduction
// every target vectorises) and a second pass over the block redoes them with the C library,
// which gives NaN at +-inf. Blocks keep that pass in cache and the first loop free of calls.
[[gnu::always_inline]] inline void run_sinusoid(const double* __restrict xs, double* __restrict vs,
                                                double* __restrict ds, std::size_t n) {
    constexpr std::size_t kBlock = 1024;
    for (std::size_t start = 0; start < n; start += kBlock) {
        const std::size_t end = n - start < kBlock ? n : start + kBlock;
        double huge = 0.0;
        for (std::size_t i = start; i < end; ++i) {
            const double x = xs[i];
            double v = 0.0;
            double d = 0.0;
            detail::k_sinusoid(x, P{}, v, d);
            const bool nan = x != x;
            vs[i] = nan ? x : v;
            ds[i] = nan ? x : d;
            huge += std::fabs(x) > detail::kSinCosLimit ? 1.0 : 0.0;
        }
        if (huge == 0.0) continue;
        for (std::size_t i = start; i < end; ++i) {
            if (std::fabs(xs[i]) > detail::kSinCosLimit) {
                vs[i] = std::sin(xs[i]);
                ds[i] = std::cos(xs[i]);
            }
        }
    }
}

void k_selu(double x, P, double& v, double& d) {
    detail::k_elu_like(x, detail::kSeluAlpha, detail::kSeluScale, v, d);
}
void k_elu(double x, P p, double& v, double& d) {
    detail::k_elu_like(x, p.a, 1.0, v, d);
}

// One loop per function, chosen once per call; compiled for AVX-512, AVX2+FMA and baseline
// x86-64, picked at load time by the CPU it runs on.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTIVA_CLONES [[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")]]
#else
#define ACTIVA_CLONES
#endif

ACTIVA_CLONES void dispatch(ActivationId id, const double* __restrict xs, double* __restrict vs,
                            double* __restrict ds, std::size_t n, P p) {
    using namespace detail;
    switch (id) {
    case ActivationId::Identity:
        return run<k_identity>(xs, vs, ds, n, p);
    case ActivationId::Relu:
        return run<k_relu>(xs, vs, ds, n, p);
    case ActivationId::LeakyRelu:
        return run<k_leaky>(xs, vs, ds, n, p);
    case ActivationId::Prelu:
        return run<k_leaky>(xs, vs, ds, n, p);
    case ActivationId::Relu6:
        return run<k_relu6>(xs, vs, ds, n, p);
    case ActivationId::Elu:
        return run<k_elu>(xs, vs, ds, n, p);
    case ActivationId::Selu:
        return run<k_selu>(xs, vs, ds, n, p);
    case ActivationId::Celu:
        return run<k_celu>(xs, vs, ds, n, p);
    case ActivationId::Gelu:
        return run<k_gelu>(xs, vs, ds, n, p);
    case ActivationId::GeluTanh:
        return run<k_gelu_tanh>(xs, vs, ds, n, p);
    case ActivationId::Silu:
        return run<k_silu>(xs, vs, ds, n, p);
    case ActivationId::Mish:
        return run<k_mish>(xs, vs, ds, n, p);
    case ActivationId::Softplus:
        return run<k_softplus>(xs, vs, ds, n, p);
    case ActivationId::Softsign:
        return run<k_softsign>(xs, vs, ds, n, p);
    case ActivationId::Sigmoid:
        return run<k_sigmoid>(xs, vs, ds, n, p);
    case ActivationId::Tanh:
        return run<k_tanh>(xs, vs, ds, n, p);
    case ActivationId::Hardtanh:
        return run<k_hardtanh>(xs, vs, ds, n, p);
    case ActivationId::Hardsigmoid:
        return run<k_hardsigmoid>(xs, vs, ds, n, p);
    case ActivationId::Hardswish:
        return run<k_hardswish>(xs, vs, ds, n, p);
    case ActivationId::Logsigmoid:
        return run<k_logsigmoid>(xs, vs, ds, n, p);
    case ActivationId::Tanhshrink:
        return run<k_tanhshrink>(xs, vs, ds, n, p);
    case ActivationId::Softshrink:
        return run<k_softshrink>(xs, vs, ds, n, p);
    case ActivationId::Hardshrink:
        return run<k_hardshrink>(xs, vs, ds, n, p);
    case ActivationId::BinaryStep:
        return run<k_binary_step>(xs, vs, ds, n, p);
    case ActivationId::Gaussian:
        return run<k_gaussian>(xs, vs, ds, n, p);
    case ActivationId::BentIdentity:
        return run<k_bent_identity>(xs, vs, ds, n, p);
    case ActivationId::Sinusoid:
        return run_sinusoid(xs, vs, ds, n);
    }
}

} // namespace

void evaluate(ActivationId id, const ParamValues& params, std::span<const double> xs,
              std::span<double> values, std::span<double> derivatives) {
    if (values.size() != xs.size() || derivatives.size() != xs.size())
        throw std::invalid_argument("evaluate: output spans must match the input size");
    dispatch(id, xs.data(), values.data(), derivatives.data(), xs.size(), P{params[0], params[1]});
}

ValueAndDerivative evaluate(ActivationId id, double x, const ParamValues& params) {
    ValueAndDerivative r{};
    dispatch(id, &x, &r.value, &r.derivative, 1, P{params[0], params[1]});
    return r;
}

double value(ActivationId id, double x, const ParamValues& params) {
    return evaluate(id, x, params).value;
}

double derivative(ActivationId id, double x, const ParamValues& params) {
    return evaluate(id, x, params).derivative;
}

void linspace(double min, double max, std::size_t count, std::size_t first, std::span<double> xs) {
    if (count < 2) throw std::invalid_argument("linspace: at least two points");
    if (first > count || xs.size() > count - first)
        throw std::invalid_argument("linspace: points beyond the range");
    const double last = static_cast<double>(count - 1);
    // Weighted form: exact at both ends and no overflow of max - min for huge ranges.
    for (std::size_t k = 0; k < xs.size(); ++k) {
        const std::size_t i = first + k;
        const double t = static_cast<double>(i) / last;
        xs[k] = i == count - 1 ? max : (1.0 - t) * min + t * max;
    }
}

Curve evaluate_range(ActivationId id, const ParamValues& params, double min, double max,
                     std::size_t count) {
    Curve c;
    c.x.resize(count);
    c.value.resize(count);
    c.derivative.resize(count);
    linspace(min, max, c.x);
    evaluate(id, params, c.x, c.value, c.derivative);
    return c;
}

} // namespace activa
