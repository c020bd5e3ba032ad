// SPDX-License-Identifier: MIT
// The form a formula is evaluated in: the same function, with the shapes whose naive
// evaluation overflows or cancels replaced by stable ones, and with the rewrites that change no
// value (1*u, u + 0, --u, exact constant arithmetic). The derivative is taken of this form, so
// it is stable too: d/dx softplus(x) is sigmoid(x), never exp(x)/(1 + exp(x)).
#include "formula_ast.hpp"

#include <cmath>

namespace activa::formula {
namespace {

using enum ActivationId;

bool is_call(const NodePtr& n, Fn f) {
    return n->kind == Kind::Call && n->fn == f;
}
bool is_builtin(const NodePtr& n, ActivationId id) {
    return n->kind == Kind::Builtin && n->builtin == id;
}
bool is_one(const NodePtr& n) {
    return is_number(n, 1.0);
}
const NodePtr& arg(const NodePtr& n, std::size_t i = 0) {
    return n->args[i];
}

// -u without a double negation, and -c folded.
NodePtr negate(const NodePtr& u) {
    if (u->kind == Kind::Neg) return arg(u);
    if (u->kind == Kind::Number) return number(-u->number);
    return neg(u);
}

// -u or a negative number.
bool is_negative(const NodePtr& n) {
    return n->kind == Kind::Neg || (n->kind == Kind::Number && n->number < 0.0);
}

// For 1 + u or u + 1: u, else null.
NodePtr one_plus(const NodePtr& n) {
    if (n->kind != Kind::Add) return nullptr;
    if (is_one(arg(n, 0))) return arg(n, 1);
    if (is_one(arg(n, 1))) return arg(n, 0);
    return nullptr;
}

// Whether a op b on two numbers is exact, so that folding it changes no value.
bool exact(Kind k, double a, double b, double r) {
    if (!std::isfinite(r)) return false;
    switch (k) {
    case Kind::Add:
        return r - a == b && r - b == a;
    case Kind::Sub:
        return r + b == a && a - r == b;
    case Kind::Mul:
        return std::fma(a, b, -r) == 0.0;
    case Kind::Div:
        return b != 0.0 && std::fma(r, b, -a) == 0.0;
    default:
        return false;
    }
}

NodePtr fold(const NodePtr& n) {
    if (n->args.size() != 2 || arg(n, 0)->kind != Kind::Number || arg(n, 1)->kind != Kind::Number)
        return nullptr;
    const double a = arg(n, 0)->number;
    const double b = arg(n, 1)->number;
    double r = 0.0;
    switch (n->kind) {
    case Kind::Add:
        r = a + b;
        break;
    case Kind::Sub:
        r = a - b;
        break;
    case Kind::Mul:
        r = a * b;
        break;
    case Kind::Div:
        r = a / b;
        break;
    default:
        return nullptr;
    }
    return exact(n->kind, a, b, r) ? number(r) : nullptr;
}

// Rewrites that keep every value: one step at n, or null.
NodePtr exact_step(const NodePtr& n) {
    if (NodePtr f = fold(n)) return f;
    switch (n->kind) {
    case Kind::Neg:
        if (arg(n)->kind == Kind::Neg || arg(n)->kind == Kind::Number) return negate(arg(n));
        // -(u/c) is u/(-c) to the bit, and -c is computed once per call, not per point.
        if (arg(n)->kind == Kind::Div && !depends_on_x(*arg(arg(n), 1)))
            return div(arg(arg(n), 0), negate(arg(arg(n), 1)));
        return nullptr;
    case Kind::Add:
        if (is_number(arg(n, 1), 0.0)) return arg(n, 0);
        if (is_number(arg(n, 0), 0.0)) return arg(n, 1);
        // a + -b is a - b and -a + b is b - a, to the bit.
        if (is_negative(arg(n, 1))) return sub(arg(n, 0), negate(arg(n, 1)));
        if (is_negative(arg(n, 0))) return sub(arg(n, 1), negate(arg(n, 0)));
        return nullptr;
    case Kind::Sub:
        if (is_number(arg(n, 1), 0.0)) return arg(n, 0);
        if (is_number(arg(n, 0), 0.0)) return negate(arg(n, 1));
        if (is_negative(arg(n, 1))) return add(arg(n, 0), negate(arg(n, 1)));
        return nullptr;
    case Kind::Mul:
        if (is_one(arg(n, 0))) return arg(n, 1);
        if (is_one(arg(n, 1))) return arg(n, 0);
        return nullptr;
    case Kind::Div:
        return is_one(arg(n, 1)) ? arg(n, 0) : nullptr;
    case Kind::Pow:
        if (is_one(arg(n, 1))) return arg(n, 0);
        if (is_number(arg(n, 1), 0.0)) return number(1.0); // IEEE: pow(u, 0) = 1 for every u
        if (arg(n, 0)->kind == Kind::E) return call(Fn::Exp, arg(n, 1));
        return nullptr;
    default:
        return nullptr;
    }
}

NodePtr log_step(const NodePtr& n) {
    const NodePtr& a = arg(n);
    if (NodePtr u = one_plus(a)) {
        if (is_call(u, Fn::Exp)) return builtin(Softplus, arg(u)); // log(1 + e^u)
        return call(Fn::Log1p, u);                                 // log(1 + u)
    }
    if (is_builtin(a, Sigmoid)) return builtin(Logsigmoid, arg(a));
    if (is_call(a, Fn::Exp)) return arg(a);
    return nullptr;
}

// 1/(1 + e^-u), 1/(1 + e^u), e^u/(1 + e^u) and a/(1 + e^-u).
NodePtr sigmoid_step(const NodePtr& n) {
    const NodePtr u = one_plus(arg(n, 1));
    if (!u || !is_call(u, Fn::Exp)) return nullptr;
    const NodePtr& t = arg(u);
    const NodePtr& top = arg(n, 0);
    if (is_call(top, Fn::Exp) && same(arg(top), t)) return builtin(Sigmoid, t);
    const NodePtr s = builtin(Sigmoid, negate(t));
    return is_one(top) ? s : mul(top, s);
}

// 1 - f(u) and 1 + f(u) whose naive sum cancels.
NodePtr complement_step(const NodePtr& n) {
    const bool plus = n->kind == Kind::Add;
    const NodePtr& first = arg(n, 0);
    const NodePtr& second = arg(n, 1);
    NodePtr f;
    if (is_one(first))
        f = second;
    else if (plus && is_one(second))
        f = first;
    if (!f) {
        if (!plus && is_call(first, Fn::Exp) && is_one(second)) return call(Fn::Expm1, arg(first));
        return nullptr;
    }
    const NodePtr& u = f->args.empty() ? f : arg(f);
    if (is_call(f, Fn::Erf)) return call(Fn::Erfc, plus ? negate(u) : u);
    if (is_builtin(f, Tanh)) // 1 +- tanh(u) = 2 sigmoid(+-2u)
        return mul(number(2.0), builtin(Sigmoid, mul(number(plus ? 2.0 : -2.0), u)));
    if (!plus && is_builtin(f, Sigmoid)) return builtin(Sigmoid, negate(u));
    if (!plus && is_call(f, Fn::Exp)) return negate(call(Fn::Expm1, u));
    return nullptr;
}

// u*sigmoid(u) -> silu(u), u*tanh(softplus(u)) -> mish(u).
NodePtr product_step(const NodePtr& n) {
    for (int side = 0; side < 2; ++side) {
        const NodePtr& u = arg(n, side);
        const NodePtr& f = arg(n, 1 - side);
        if (is_builtin(f, Sigmoid) && same(arg(f), u)) return builtin(Silu, u);
        if (is_builtin(f, Tanh) && is_builtin(arg(f), Softplus) && same(arg(arg(f)), u))
            return builtin(Mish, u);
    }
    return nullptr;
}

// (e^u - e^-u)/(e^u + e^-u) -> tanh(u).
NodePtr tanh_step(const NodePtr& n) {
    const NodePtr& top = arg(n, 0);
    const NodePtr& bottom = arg(n, 1);
    if (top->kind != Kind::Sub || bottom->kind != Kind::Add) return nullptr;
    const auto pair = [](const NodePtr& s, NodePtr& u) {
        if (!is_call(arg(s, 0), Fn::Exp) || !is_call(arg(s, 1), Fn::Exp)) return false;
        u = arg(arg(s, 0));
        return same(negate(u), arg(arg(s, 1)));
    };
    NodePtr u1;
    NodePtr u2;
    if (pair(top, u1) && pair(bottom, u2) && same(u1, u2)) return builtin(Tanh, u1);
    return nullptr;
}

NodePtr stable_step(const NodePtr& n) {
    switch (n->kind) {
    case Kind::Call:
        if (n->fn == Fn::Log) return log_step(n);
        if (n->fn == Fn::Log1p && is_call(arg(n), Fn::Exp)) return builtin(Softplus, arg(arg(n)));
        if (n->fn == Fn::Max || n->fn == Fn::Min) {
            const bool max = n->fn == Fn::Max;
            if (max && is_number(arg(n, 1), 0.0)) return builtin(Relu, arg(n, 0));
            if (max && is_number(arg(n, 0), 0.0)) return builtin(Relu, arg(n, 1));
            // The side that does not depend on x goes second: its derivative, 0, is the one
            // taken at a tie.
            if (!depends_on_x(*arg(n, 0)) && depends_on_x(*arg(n, 1)))
                return call(n->fn, {arg(n, 1), arg(n, 0)});
        }
        return nullptr;
    case Kind::Div: {
        if (NodePtr s = sigmoid_step(n)) return s;
        if (NodePtr t = tanh_step(n)) return t;
        // u/2^k is u*2^-k to the bit, and a product is quicker than a division (only in the
        // evaluated form: the typed one keeps its /2).
        const NodePtr& d = arg(n, 1);
        int e = 0;
        if (d->kind == Kind::Number && std::isfinite(1.0 / d->number) &&
            std::fabs(std::frexp(d->number, &e)) == 0.5)
            return mul(arg(n, 0), number(1.0 / d->number));
        return nullptr;
    }
    case Kind::Add:
    case Kind::Sub:
        return complement_step(n);
    case Kind::Mul:
        return product_step(n);
    case Kind::Neg:
        if (is_builtin(arg(n), Softplus) && arg(arg(n))->kind == Kind::Neg)
            return builtin(Logsigmoid, arg(arg(arg(n)))); // -softplus(-u)
        return nullptr;
    default:
        return nullptr;
    }
}

// Bottom-up: the children first, then the steps at the node until none applies.
NodePtr rewrite(const NodePtr& n, bool stable) {
    NodePtr current = n;
    if (!n->args.empty()) {
        Node copy = *n;
        bool changed = false;
        for (NodePtr& a : copy.args) {
            NodePtr s = rewrite(a, stable);
            changed = changed || s != a;
            a = std::move(s);
        }
        if (changed) current = std::make_shared<const Node>(std::move(copy));
    }
    NodePtr next = exact_step(current);
    if (!next && stable) next = stable_step(current);
    // Every step makes the tree smaller or turns a shape into one that no step takes back, so
    // this ends; the new node's own children may match in turn (1 - sigmoid(u) inside it).
    return next ? rewrite(next, stable) : current;
}

} // namespace

NodePtr stabilise(const NodePtr& n) {
    return rewrite(n, true);
}

NodePtr tidy(const NodePtr& n) {
    return rewrite(n, false);
}

} // namespace activa::formula
