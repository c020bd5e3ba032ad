// SPDX-License-Identifier: MIT
#include "kernels.hpp"

#include <activa/activations.hpp>
#include <activa/functions.hpp>

#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace activa {
namespace {

using detail::P;
using Kernel = void (*)(double, P, double&, double&);

// A kernel's few points that its vectorised formula does not serve (sinusoid's huge angles,
// silu's and mish's far left tail) are redone by an exact scalar formula. The first loop counts
// them (in a double, the one reduction every target vectorises) and a second pass over the
// block redoes them only when there are any: blocks keep that pass in cache and the first loop
// free of calls and of the slow formula.
using IsRare = bool (*)(double);
using Exact = void (*)(double, double&, double&);

template <Kernel K, bool Redoes, IsRare Rare, Exact E>
[[gnu::always_inline]] inline void run(const double* __restrict xs, double* __restrict vs,
                                       double* __restrict ds, std::size_t n, P p) {
    constexpr std::size_t kBlock = 1024;
    for (std::size_t start = 0; start < n; start += kBlock) {
        const std::size_t end = n - start < kBlock ? n : start + kBlock;
        double rare = 0.0;
        for (std::size_t i = start; i < end; ++i) {
            const double x = xs[i];
            double v = 0.0;
            double d = 0.0;
            K(x, p, v, d);
            const bool nan = x != x;
            vs[i] = nan ? x : v;
            ds[i] = nan ? x : d;
            if constexpr (Redoes) rare += Rare(x) ? 1.0 : 0.0;
        }
        if constexpr (Redoes) {
            if (rare == 0.0) continue;
            for (std::size_t i = start; i < end; ++i)
                if (Rare(xs[i])) E(xs[i], vs[i], ds[i]);
        }
    }
}

void k_selu(double x, P, double& v, double& d) {
    detail::k_elu_like(x, detail::kSeluAlpha, detail::kSeluScale, v, d);
}
void k_elu(double x, P p, double& v, double& d) {
    detail::k_elu_like(x, p.a, 1.0, v, d);
}

struct KernelRow {
    constexpr KernelRow(Kernel k)
        : kernel(k) {}
    constexpr KernelRow(Kernel k, IsRare r, Exact e)
        : kernel(k)
        , redoes(true)
        , rare(r)
        , exact(e) {}
    Kernel kernel;
    // Whether `exact` redoes the points `rare` picks (a flag: a function pointer's comparison
    // with null is not a constant expression in every build).
    bool redoes = false;
    IsRare rare = nullptr;
    Exact exact = nullptr;
};

// Every function's kernel, in the order of ActivationId and of the catalogue: adding a function
// is its row there and its kernel here.
constexpr std::array<KernelRow, kActivationCount> kKernels{{
    {detail::k_identity},
    {detail::k_relu},
    {detail::k_leaky},
    {detail::k_leaky},
    {detail::k_relu6},
    {k_elu},
    {k_selu},
    {detail::k_celu},
    {detail::k_gelu},
    {detail::k_gelu_tanh},
    {detail::k_silu, detail::is_far_left, detail::far_left},
    {detail::k_mish, detail::is_far_left, detail::far_left},
    {detail::k_softplus},
    {detail::k_softsign},
    {detail::k_sigmoid},
    {detail::k_tanh},
    {detail::k_hardtanh},
    {detail::k_hardsigmoid},
    {detail::k_hardswish},
    {detail::k_logsigmoid},
    {detail::k_tanhshrink},
    {detail::k_softshrink},
    {detail::k_hardshrink},
    {detail::k_binary_step},
    {detail::k_gaussian},
    {detail::k_bent_identity},
    {detail::k_sinusoid, detail::is_huge_angle, detail::sinusoid_far},
}};

template <std::size_t I>
[[gnu::always_inline]] inline void run_at(const double* __restrict xs, double* __restrict vs,
                                          double* __restrict ds, std::size_t n, P p) {
    run<kKernels[I].kernel, kKernels[I].redoes, kKernels[I].rare, kKernels[I].exact>(xs, vs, ds, n,
                                                                                     p);
}

// One loop per function, each with its kernel inlined, chosen once per call.
template <std::size_t... I>
[[gnu::always_inline]] inline void dispatch_each(std::size_t id, const double* __restrict xs,
                                                 double* __restrict vs, double* __restrict ds,
                                                 std::size_t n, P p, std::index_sequence<I...>) {
    (void)((id == I && (run_at<I>(xs, vs, ds, n, p), true)) || ...);
}

// Compiled for AVX-512, AVX2+FMA and baseline x86-64, picked at load time by the CPU it runs on.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define ACTIVA_CLONES [[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")]]
#else
#define ACTIVA_CLONES
#endif

ACTIVA_CLONES void dispatch(ActivationId id, const double* __restrict xs, double* __restrict vs,
                            double* __restrict ds, std::size_t n, P p) {
    dispatch_each(static_cast<std::size_t>(id), xs, vs, ds, n, p,
                  std::make_index_sequence<kActivationCount>{});
}

} // namespace

void evaluate(ActivationId id, const ParamValues& params, std::span<const double> xs,
              std::span<double> values, std::span<double> derivatives) {
    if (values.size() != xs.size() || derivatives.size() != xs.size())
        throw std::invalid_argument("evaluate: output spans must match the input size");
    if (!is_builtin(id)) {
        const CompiledFunction* f = compiled_function(id);
        if (f == nullptr) throw std::invalid_argument("evaluate: unknown function id");
        f->evaluate(std::span(params.data(), f->params().size()), xs, values, derivatives);
        return;
    }
    dispatch(id, xs.data(), values.data(), derivatives.data(), xs.size(), P{params[0], params[1]});
}

ValueAndDerivative evaluate(ActivationId id, double x, const ParamValues& params) {
    ValueAndDerivative r{};
    evaluate(id, params, std::span(&x, 1), std::span(&r.value, 1), std::span(&r.derivative, 1));
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
