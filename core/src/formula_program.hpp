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

// How a power is computed: a constant exponent of 2, 3 or -1 by products or a division, any
// other by the C library's pow.
enum class PowerForm : std::uint8_t { General, Square, Cube, Recip };

// A register (x is register kX, the result register kResult) or a scalar slot.
struct Operand {
    bool scalar = false;
    std::uint32_t index = 0;
};

inline constexpr std::uint32_t kX = 0;
inline constexpr std::uint32_t kResult = 1;

// An instruction computes one node of the tree, named as the tree names it (its kind, and its
// function, comparison or built-in), from the operands of its arguments: a, then b, c and d up
// to its arity.
struct Instr {
    Kind kind = Kind::Neg;
    Fn fn = Fn::Exp;
    Cmp cmp = Cmp::Lt;
    ActivationId id = ActivationId::Identity;
    PowerForm power = PowerForm::General;
    std::uint8_t arity = 1;
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
