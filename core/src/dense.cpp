// SPDX-License-Identifier: MIT
#include <activa/dense.hpp>

#include "dense.hpp"

#include <stdexcept>
#include <string>

namespace activa {
namespace {

bool cpu_has_avx2_fma() {
#if defined(ACTIVA_HAVE_AVX2_VARIANT) && defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#else
    return false;
#endif
}

const detail::DenseKernels& kernels_for(SimdPath path) {
    if (!simd_path_available(path))
        throw std::invalid_argument("this processor or build has no " +
                                    std::string(simd_path_key(path)) + " path");
#if defined(ACTIVA_HAVE_AVX2_VARIANT)
    if (path == SimdPath::Avx2Fma) return detail::dense_avx2::kernels();
#endif
    return detail::dense_baseline::kernels();
}

} // namespace

bool simd_path_available(SimdPath path) {
    static const bool avx2 = cpu_has_avx2_fma();
    return path == SimdPath::Baseline || avx2;
}

SimdPath active_simd_path() {
    return simd_path_available(SimdPath::Avx2Fma) ? SimdPath::Avx2Fma : SimdPath::Baseline;
}

std::string_view simd_path_key(SimdPath path) {
    switch (path) {
    case SimdPath::Baseline:
        return "baseline";
    case SimdPath::Avx2Fma:
        return "avx2-fma";
    }
    return "";
}

void multiply(SimdPath path, std::size_t m, std::size_t n, std::size_t k, std::span<const double> a,
              std::span<const double> b, std::span<double> c) {
    if (a.size() != m * k || b.size() != k * n || c.size() != m * n)
        throw std::invalid_argument("multiply: spans do not match the sizes");
    if (m == 0 || n == 0) return;
    const auto sm = static_cast<std::ptrdiff_t>(m);
    const auto sn = static_cast<std::ptrdiff_t>(n);
    const auto sk = static_cast<std::ptrdiff_t>(k);
    if (k == 0) {
        for (double& x : c)
            x = 0.0;
        return;
    }
    kernels_for(path).gemm(false, false, sm, sn, sk, 1.0, a.data(), sm, b.data(), sk, 0.0, c.data(),
                           sm);
}

namespace detail {
const DenseKernels& dense_kernels() {
    static const DenseKernels& chosen = kernels_for(active_simd_path());
    return chosen;
}
} // namespace detail

} // namespace activa
