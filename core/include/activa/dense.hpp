// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace activa {

// The dense products behind the gradient-flow and training labs are built twice: for baseline
// x86-64 and for AVX2 with FMA (about 2.5 times faster). The faster one is chosen at run time
// when the processor has it.
enum class SimdPath { Baseline, Avx2Fma };

bool simd_path_available(SimdPath path);
// The path the labs use on this machine.
SimdPath active_simd_path();
std::string_view simd_path_key(SimdPath path); // "baseline", "avx2-fma"

// C = A·B with column-major A (m×k), B (k×n) and C (m×n), on the given path (which must be
// available). Exists so benchmarks and tests can compare the paths.
void multiply(SimdPath path, std::size_t m, std::size_t n, std::size_t k, std::span<const double> a,
              std::span<const double> b, std::span<double> c);

} // namespace activa
