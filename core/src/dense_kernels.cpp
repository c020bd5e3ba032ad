// SPDX-License-Identifier: MIT
// Compiled once per instruction-set variant; ACTIVA_DENSE_VARIANT names the namespace.
//
// Eigen is a header library: two translation units built with different -m flags instantiate
// the same templates with different code, and the linker keeps only one copy of each. Renaming
// Eigen's namespace per variant makes every instantiation a distinct symbol, so the baseline
// build can never end up calling an AVX2 copy (or the reverse). Nothing else with vague linkage
// is instantiated here: the file uses no standard containers.
#ifndef ACTIVA_DENSE_VARIANT
#error "ACTIVA_DENSE_VARIANT must name the variant namespace"
#endif

#define ACTIVA_CAT2(a, b) a##b
#define ACTIVA_CAT(a, b) ACTIVA_CAT2(a, b)
#define Eigen ACTIVA_CAT(activa_eigen_, ACTIVA_DENSE_VARIANT)
#define ACTIVA_DENSE_NAMESPACE ACTIVA_CAT(dense_, ACTIVA_DENSE_VARIANT)
#define EIGEN_DONT_PARALLELIZE
#include <Eigen/Core>

#include "dense.hpp"

namespace activa::detail::ACTIVA_DENSE_NAMESPACE {
namespace {

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor>;
using ConstMap = Eigen::Map<const Matrix, Eigen::Unaligned, Eigen::OuterStride<>>;
using MutMap = Eigen::Map<Matrix, Eigen::Unaligned, Eigen::OuterStride<>>;

template <typename A, typename B>
void product(const A& a, const B& b, double alpha, double beta, MutMap& c) {
    if (beta == 0.0) {
        c.noalias() = alpha * (a * b);
    } else {
        if (beta != 1.0) c *= beta;
        c.noalias() += alpha * (a * b);
    }
}

void gemm(bool trans_a, bool trans_b, std::ptrdiff_t m, std::ptrdiff_t n, std::ptrdiff_t k,
          double alpha, const double* a, std::ptrdiff_t lda, const double* b, std::ptrdiff_t ldb,
          double beta, double* c, std::ptrdiff_t ldc) {
    const ConstMap am(a, trans_a ? k : m, trans_a ? m : k, Eigen::OuterStride<>(lda));
    const ConstMap bm(b, trans_b ? n : k, trans_b ? k : n, Eigen::OuterStride<>(ldb));
    MutMap cm(c, m, n, Eigen::OuterStride<>(ldc));
    if (trans_a && trans_b) return product(am.transpose(), bm.transpose(), alpha, beta, cm);
    if (trans_a) return product(am.transpose(), bm, alpha, beta, cm);
    if (trans_b) return product(am, bm.transpose(), alpha, beta, cm);
    return product(am, bm, alpha, beta, cm);
}

constexpr DenseKernels kKernels{&gemm};

} // namespace

const DenseKernels& kernels() {
    return kKernels;
}

} // namespace activa::detail::ACTIVA_DENSE_NAMESPACE
