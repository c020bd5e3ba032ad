// SPDX-License-Identifier: MIT
// Value + derivative over 10^6 points per function; items_per_second is points per second.
#include <activa/activations.hpp>
#include <activa/softmax.hpp>

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

void softmax_1000(benchmark::State& state) {
    std::vector<double> logits(1000);
    for (std::size_t i = 0; i < logits.size(); ++i)
        logits[i] = static_cast<double>(i % 17) - 8;
    for (auto _ : state)
        benchmark::DoNotOptimize(activa::softmax(logits, 0.7));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * logits.size()));
}

const bool registered = [] {
    for (const auto& a : activa::catalogue())
        benchmark::RegisterBenchmark(std::string(a.key).c_str(), evaluate_function, a.id)
            ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("softmax_1000", softmax_1000);
    return true;
}();

} // namespace

BENCHMARK_MAIN();
