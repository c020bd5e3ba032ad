// SPDX-License-Identifier: MIT
// Internal: the dense kernels of one instruction-set variant, as plain function pointers so no
// Eigen type or template crosses from one variant's translation unit into another.
#pragma once

#include <cstddef>

namespace activa::detail {

struct DenseKernels {
    // C (m×n) = alpha·op(A)·op(B) + beta·C, column-major with leading dimensions; op transposes
    // when asked. beta = 0 ignores what C held (NaN included).
    void (*gemm)(bool trans_a, bool trans_b, std::ptrdiff_t m, std::ptrdiff_t n, std::ptrdiff_t k,
                 double alpha, const double* a, std::ptrdiff_t lda, const double* b,
                 std::ptrdiff_t ldb, double beta, double* c, std::ptrdiff_t ldc);
};

namespace dense_baseline {
const DenseKernels& kernels();
}
namespace dense_avx2 {
const DenseKernels& kernels();
}

// The fastest variant this processor runs.
const DenseKernels& dense_kernels();

} // namespace activa::detail
