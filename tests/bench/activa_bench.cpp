// SPDX-License-Identifier: MIT
// Value + derivative over 10^6 points per function; items_per_second is points per second.
// Then the labs' engine: dense products on each instruction-set path and gradient flow.
#include <activa/activations.hpp>
#include <activa/dense.hpp>
#include <activa/formula.hpp>
#include <activa/gradflow.hpp>
#include <activa/softmax.hpp>
#include <activa/training.hpp>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace {

constexpr std::size_t kPoints = 1'000'000;

void evaluate_function(benchmark::State& state, activa::ActivationId id) {
    std::vector<double> x(kPoints);
    std::vector<double> v(kPoints);
    std::vector<double> d(kPoints);
    activa::linspace(-10.0, 10.0, x); // the article's range
    const activa::ParamValues params = activa::default_params(id);
    for (auto _ : state) {
        activa::evaluate(id, params, x, v, d);
        benchmark::DoNotOptimize(v.data());
        benchmark::DoNotOptimize(d.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kPoints));
}

// A typed formula over the same points as the built-ins, compiled once outside the loop.
void evaluate_formula(benchmark::State& state, const char* definition) {
    const auto f = activa::compile_definition(definition);
    if (!f) {
        state.SkipWithError(f.error().message().c_str());
        return;
    }
    std::vector<double> x(kPoints);
    std::vector<double> v(kPoints);
    std::vector<double> d(kPoints);
    activa::linspace(-10.0, 10.0, x);
    const std::vector<double> params = f->default_params();
    for (auto _ : state) {
        f->evaluate(params, x, v, d);
        benchmark::DoNotOptimize(v.data());
        benchmark::DoNotOptimize(d.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kPoints));
}

void softmax_1000(benchmark::State& state) {
    std::vector<double> logits(1000);
    for (std::size_t i = 0; i < logits.size(); ++i)
        logits[i] = static_cast<double>(i % 17) - 8;
    for (auto _ : state)
        benchmark::DoNotOptimize(activa::softmax(logits, 0.7));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * logits.size()));
}

// 256³ product on one path; the counter GFLOPS says which path is fast.
void product_256(benchmark::State& state, activa::SimdPath path) {
    constexpr std::size_t n = 256;
    std::vector<double> a(n * n);
    std::vector<double> b(n * n);
    std::vector<double> c(n * n);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a[i] = static_cast<double>(i % 13) * 0.1 - 0.6;
        b[i] = static_cast<double>(i % 7) * 0.2 - 0.5;
    }
    if (!activa::simd_path_available(path)) {
        state.SkipWithError("path not available on this processor");
        return;
    }
    for (auto _ : state) {
        activa::multiply(path, n, n, n, a, b, c);
        benchmark::DoNotOptimize(c.data());
        benchmark::ClobberMemory();
    }
    state.counters["GFLOPS"] =
        benchmark::Counter(2.0 * n * n * n * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}

void gradflow(benchmark::State& state, activa::ActivationId f, std::size_t depth, std::size_t width,
              std::size_t batch) {
    activa::GradFlowSettings s;
    s.activation = f;
    s.depth = depth;
    s.width = width;
    s.batch = batch;
    activa::GradFlowWorkspace workspace; // as a live view keeps one
    for (auto _ : state)
        benchmark::DoNotOptimize(activa::run_gradflow(s, workspace));
    state.SetLabel(std::string(activa::simd_path_key(activa::active_simd_path())));
}

// A race of relu, tanh, sigmoid and gelu on the spiral (500 points, noise 0.1, half for
// training), 4 hidden layers of 16, Adam, learning rate 0.01, batch 32, 300 epochs.
void training_race(benchmark::State& state) {
    const activa::TrainSettings base;
    const activa::RaceEntry entries[] = {{activa::ActivationId::Relu, {}},
                                         {activa::ActivationId::Tanh, {}},
                                         {activa::ActivationId::Sigmoid, {}},
                                         {activa::ActivationId::Gelu, {}}};
    for (auto _ : state)
        benchmark::DoNotOptimize(activa::train_race(base, entries));
    state.SetLabel(std::string(activa::simd_path_key(activa::active_simd_path())));
}

const bool registered = [] {
    for (const auto& a : activa::catalogue())
        benchmark::RegisterBenchmark(std::string(a.key).c_str(), evaluate_function, a.id)
            ->Unit(benchmark::kMillisecond);
    // The typed forms of three built-ins; scripts/bench.sh shows each beside its built-in.
    benchmark::RegisterBenchmark("custom/silu", evaluate_formula, "silu_typed(x) = x*sigmoid(x)")
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("custom/mish", evaluate_formula,
                                 "mish_typed(x) = x*tanh(softplus(x))")
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("custom/gelu", evaluate_formula,
                                 "gelu_typed(x) = x*(1 + erf(x/sqrt(2)))/2")
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("softmax_1000", softmax_1000);
    benchmark::RegisterBenchmark("product_256/baseline", product_256, activa::SimdPath::Baseline)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("product_256/avx2-fma", product_256, activa::SimdPath::Avx2Fma)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("gradflow/relu/20x64x128", gradflow, activa::ActivationId::Relu,
                                 20, 64, 128)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("gradflow/tanh/50x256x256", gradflow, activa::ActivationId::Tanh,
                                 50, 256, 256)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("train_race/spiral/relu,tanh,sigmoid,gelu", training_race)
        ->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace

BENCHMARK_MAIN();
