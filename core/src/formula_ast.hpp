// SPDX-License-Identifier: MIT
#pragma once

// The parsed expression of a typed activation, shared by the parser, the rewrites, the
// differentiator, the printer and the compiler. Nodes are immutable and shared: a rewrite
// builds new nodes around untouched subtrees.

#include <activa/activations.hpp>
#include <activa/formula.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa::formula {

enum class Kind : std::uint8_t {
    Number,
    X,
    Param,
    Pi,
    E,
    Neg,
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Call,    // an elementary function (Fn)
    Builtin, // a built-in activation through its kernel, default parameters
    Where,   // args: lhs, rhs (of the comparison), then, else
};

enum class Fn : std::uint8_t {
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
};

enum class Cmp : std::uint8_t { Lt, Le, Gt, Ge };

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
    Kind kind = Kind::Number;
    Fn fn = Fn::Exp;
    Cmp cmp = Cmp::Lt;
    ActivationId builtin = ActivationId::Identity;
    double number = 0.0;
    std::size_t param = 0;
    std::vector<NodePtr> args;
};

// The function's name in the language and its argument count.
std::string_view fn_name(Fn f);
std::size_t fn_arity(Fn f);
// The elementary function of that name (tanh, sigmoid, softplus and relu are built-ins).
std::optional<Fn> find_fn(std::string_view name);
// A comparison as written, and the comparison written so.
std::string_view cmp_text(Cmp c);
std::optional<Cmp> find_cmp(std::string_view text);

NodePtr number(double v);
NodePtr variable();
NodePtr param(std::size_t index);
NodePtr constant(Kind pi_or_e);
NodePtr neg(NodePtr a);
NodePtr binary(Kind k, NodePtr a, NodePtr b);
inline NodePtr add(NodePtr a, NodePtr b) {
    return binary(Kind::Add, std::move(a), std::move(b));
}
inline NodePtr sub(NodePtr a, NodePtr b) {
    return binary(Kind::Sub, std::move(a), std::move(b));
}
inline NodePtr mul(NodePtr a, NodePtr b) {
    return binary(Kind::Mul, std::move(a), std::move(b));
}
inline NodePtr div(NodePtr a, NodePtr b) {
    return binary(Kind::Div, std::move(a), std::move(b));
}
inline NodePtr pow(NodePtr a, NodePtr b) {
    return binary(Kind::Pow, std::move(a), std::move(b));
}
NodePtr call(Fn f, std::vector<NodePtr> args);
inline NodePtr call(Fn f, NodePtr a) {
    return call(f, std::vector<NodePtr>{std::move(a)});
}
NodePtr builtin(ActivationId id, NodePtr a);
NodePtr where(Cmp c, NodePtr lhs, NodePtr rhs, NodePtr then, NodePtr otherwise);

// Structural equality: the same tree, numbers compared bit for bit.
bool same(const Node& a, const Node& b);
inline bool same(const NodePtr& a, const NodePtr& b) {
    return same(*a, *b);
}
bool is_number(const NodePtr& n, double v);
// Whether the value depends on x (otherwise it is the same at every point).
bool depends_on_x(const Node& n);
// The replacement of every x by u (builtin derivative formulas are written in x).
NodePtr substitute_x(const NodePtr& n, const NodePtr& u);

// The text in the formula language, with the fewest parentheses that keep its meaning: it
// parses back to the same tree.
std::string print(const NodePtr& n, std::span<const FormulaParam> params);

// Rewrites that keep every value bit for bit (1*u, u + 0, u^1, --u, u/1, exact constant
// arithmetic) and the stable rewrites of shapes whose naive evaluation overflows or cancels
// (formula_rewrite.cpp).
NodePtr stabilise(const NodePtr& n);
// Only the rewrites that keep every value: the typed formula as it is printed.
NodePtr tidy(const NodePtr& n);
// Simplification for reading (formula_simplify.cpp): also 0*u -> 0, u/u -> 1, collects
// constant factors and like terms. Only printed, never evaluated.
NodePtr simplify(const NodePtr& n);
// d/dx, following the branch taken at where, max, min and abs (formula_derive.cpp).
NodePtr derive(const NodePtr& n);

} // namespace activa::formula
