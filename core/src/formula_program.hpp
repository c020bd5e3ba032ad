// SPDX-License-Identifier: MIT
#pragma once

// The compiled form of a typed activation: a register program in forward mode. Every register
// holds a block of kFormulaBlock values and their derivatives with respect to x; every
// instruction is one tight loop over a block, which the compiler vectorises. Subexpressions
// that do not depend on x are scalars, computed once per call from the parameters.

#include "formula_ast.hpp"

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace activa::formula {

inline constexpr std::size_t kFormulaBlock = 256;

enum class Op : std::uint8_t {
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    DivScalar, // a block over a scalar: one division per point, the derivative by 1/scalar
    Square,
    Cube,
    Recip,
    PowConst, // u^c for a scalar c
    Pow,      // the general u^v
    Exp,
    Log,
    Log1p,
    Expm1,
    Sqrt,
    Abs,
    Sign,
    Sin,
    Cos,
    Tan,
    Sinh,
    Cosh,
    Atan,
    Erf,
    Erfc,
    Max,
    Min,
    Where,   // a, b compared by cmp; c where true, d where false
    Builtin, // the built-in id's kernel at a
};

// Whether the instruction reads a second operand (b) besides a; Where reads four.
constexpr bool is_binary(Op op) {
    switch (op) {
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::DivScalar:
    case Op::PowConst:
    case Op::Pow:
    case Op::Max:
    case Op::Min:
        return true;
    default:
        return false;
    }
}

// A register (x is register kX, the result register kResult) or a scalar slot.
struct Operand {
    bool scalar = false;
    std::uint32_t index = 0;
};

inline constexpr std::uint32_t kX = 0;
inline constexpr std::uint32_t kResult = 1;

struct Instr {
    Op op = Op::Neg;
    Cmp cmp = Cmp::Lt;
    ActivationId id = ActivationId::Identity;
    std::uint32_t dst = kResult;
    Operand a, b, c, d;
};

struct Program {
    std::string name;
    std::vector<FormulaParam> params;
    std::string formula;
    std::string stable;
    std::string derivative;
    std::vector<ActivationId> calls;

    // Scalar slots, computed once per call from the parameters (their trees have no x).
    std::vector<NodePtr> scalars;
    // Registers filled once per call with a scalar (where's operands are all registers).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> broadcasts; // register, slot
    std::vector<Instr> code;
    std::uint32_t registers = 2;
    Operand result; // x, a scalar, or kResult after the last instruction
};

// Runs the program over one call's points (formula_eval.cpp).
void execute(const Program& program, std::span<const double> params, std::span<const double> xs,
             std::span<double> values, std::span<double> derivatives);
// A tree without x at the given parameters, with the C library's functions.
double scalar_value(const Node& n, std::span<const double> params);

} // namespace activa::formula
