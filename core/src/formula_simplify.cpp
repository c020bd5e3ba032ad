// SPDX-License-Identifier: MIT
// Simplification for reading. Products are flattened into a numeric coefficient and factors
// with exponents (so b/b cancels and x*x is x^2), sums into signed terms (so a + -b is a - b and
// x + x is 2*x). The result is printed, never evaluated: 0*u is 0 here even where u is NaN.
#include "formula_ast.hpp"

#include <algorithm>
#include <cmath>

namespace activa::formula {
namespace {

bool exact_product(double a, double b) {
    const double r = a * b;
    return std::isfinite(r) && std::fma(a, b, -r) == 0.0;
}
bool exact_quotient(double a, double b) {
    const double r = a / b;
    return b != 0.0 && std::isfinite(r) && std::fma(r, b, -a) == 0.0;
}

// Whether the printed form starts with a minus sign: -u, -2, -x*y, -x/y.
bool leading_negative(const Node& n) {
    if (n.kind == Kind::Neg) return true;
    if (n.kind == Kind::Number) return n.number < 0.0;
    if (n.kind == Kind::Mul || n.kind == Kind::Div) return leading_negative(*n.args[0]);
    return false;
}

struct Factor {
    NodePtr base;
    double exponent;
};

struct Product {
    double coefficient = 1.0;
    std::vector<Factor> factors;

    void add(const NodePtr& base, double exponent) {
        for (Factor& f : factors)
            if (same(f.base, base)) {
                f.exponent += exponent;
                return;
            }
        factors.push_back({base, exponent});
    }
    void collect(const NodePtr& n, double sign) {
        switch (n->kind) {
        case Kind::Mul:
            collect(n->args[0], sign);
            collect(n->args[1], sign);
            return;
        case Kind::Div:
            collect(n->args[0], sign);
            collect(n->args[1], -sign);
            return;
        case Kind::Neg:
            coefficient = -coefficient;
            collect(n->args[0], sign);
            return;
        case Kind::Number:
            if (sign > 0 && exact_product(coefficient, n->number)) {
                coefficient *= n->number;
                return;
            }
            if (sign < 0 && exact_quotient(coefficient, n->number)) {
                coefficient /= n->number;
                return;
            }
            break;
        case Kind::Pow:
            if (n->args[1]->kind == Kind::Number) {
                add(n->args[0], sign * n->args[1]->number);
                return;
            }
            break;
        default:
            break;
        }
        add(n, sign);
    }
};

NodePtr power_of(const NodePtr& base, double exponent) {
    return exponent == 1.0 ? base : pow(base, number(exponent));
}

NodePtr product_of(const std::vector<NodePtr>& parts) {
    NodePtr out;
    for (const NodePtr& p : parts)
        out = out ? mul(out, p) : p;
    return out;
}

NodePtr simplify_product(const NodePtr& n) {
    Product p;
    p.collect(n, 1.0);
    if (p.coefficient == 0.0) return number(0.0);
    std::erase_if(p.factors, [](const Factor& f) { return f.exponent == 0.0; });
    // Parameters and constants before the parts that vary with x: b*cos(b*x).
    std::stable_sort(p.factors.begin(), p.factors.end(), [](const Factor& a, const Factor& b) {
        return !depends_on_x(*a.base) && depends_on_x(*b.base);
    });
    const bool negative = p.coefficient < 0.0;
    const double c = std::fabs(p.coefficient);
    std::vector<NodePtr> top;
    std::vector<NodePtr> bottom;
    if (c != 1.0) top.push_back(number(c));
    for (const Factor& f : p.factors)
        (f.exponent > 0 ? top : bottom).push_back(power_of(f.base, std::fabs(f.exponent)));
    // A where with numbers in both branches takes the other factors into them:
    // where(b*x > 0, 1, 0)*b reads where(b*x > 0, b, 0).
    if (bottom.empty() && top.size() >= 2) {
        const auto w = std::find_if(top.begin(), top.end(), [](const NodePtr& t) {
            return t->kind == Kind::Where && t->args[2]->kind == Kind::Number &&
                   t->args[3]->kind == Kind::Number;
        });
        if (w != top.end()) {
            const NodePtr branch = *w;
            top.erase(w);
            const NodePtr rest = product_of(top);
            const NodePtr sign = number(negative ? -1.0 : 1.0);
            return simplify(where(branch->cmp, branch->args[0], branch->args[1],
                                  mul(sign, mul(rest, branch->args[2])),
                                  mul(sign, mul(rest, branch->args[3]))));
        }
    }
    NodePtr out = top.empty() ? number(1.0) : product_of(top);
    if (negative) {
        // The sign goes on the first factor, so that it prints -2*x or -sin(x)*y.
        NodePtr first = out;
        while (first->kind == Kind::Mul)
            first = first->args[0];
        const NodePtr signed_first =
            first->kind == Kind::Number ? number(-first->number) : neg(first);
        out = top.empty() || top.size() == 1 ? signed_first : product_of([&] {
            std::vector<NodePtr> t = top;
            t[0] = signed_first;
            return t;
        }());
    }
    if (!bottom.empty()) out = div(out, product_of(bottom));
    return out;
}

struct Term {
    double coefficient;
    NodePtr rest; // null for a number
};

// A term's numeric coefficient and the rest: -2*x is (-2, x).
Term split_term(const NodePtr& t) {
    if (t->kind == Kind::Number) return {t->number, nullptr};
    if (t->kind == Kind::Neg) {
        Term inner = split_term(t->args[0]);
        inner.coefficient = -inner.coefficient;
        return inner;
    }
    if (t->kind == Kind::Mul && t->args[0]->kind == Kind::Number)
        return {t->args[0]->number, t->args[1]};
    if (t->kind == Kind::Mul || t->kind == Kind::Div) {
        // -sin(x)*y: the sign of the leftmost factor is the term's.
        Term left = split_term(t->args[0]);
        if (left.coefficient < 0.0 && left.rest) {
            const NodePtr rest = simplify_product(binary(
                t->kind,
                left.coefficient == -1.0 ? left.rest : mul(number(-left.coefficient), left.rest),
                t->args[1]));
            return {-1.0, rest};
        }
    }
    return {1.0, t};
}

void collect_terms(const NodePtr& n, double sign, std::vector<Term>& terms) {
    if (n->kind == Kind::Add || n->kind == Kind::Sub) {
        collect_terms(n->args[0], sign, terms);
        collect_terms(n->args[1], n->kind == Kind::Add ? sign : -sign, terms);
        return;
    }
    if (n->kind == Kind::Neg) {
        collect_terms(n->args[0], -sign, terms);
        return;
    }
    Term t = split_term(n);
    t.coefficient *= sign;
    for (Term& other : terms) {
        const bool both_numbers = !other.rest && !t.rest;
        const bool alike = other.rest && t.rest && same(other.rest, t.rest);
        const double sum = other.coefficient + t.coefficient;
        const bool exact = sum - other.coefficient == t.coefficient;
        if ((both_numbers || alike) && exact) {
            other.coefficient = sum;
            return;
        }
    }
    terms.push_back(t);
}

NodePtr term_node(const Term& t) {
    const double c = std::fabs(t.coefficient);
    if (!t.rest) return number(c);
    return c == 1.0 ? t.rest : simplify_product(mul(number(c), t.rest));
}

NodePtr simplify_sum(const NodePtr& n) {
    std::vector<Term> terms;
    collect_terms(n, 1.0, terms);
    std::erase_if(terms, [](const Term& t) { return t.coefficient == 0.0; });
    if (terms.empty()) return number(0.0);
    // A positive term first: b - a rather than -a + b.
    const auto positive =
        std::find_if(terms.begin(), terms.end(), [](const Term& t) { return t.coefficient > 0.0; });
    if (positive != terms.end()) std::rotate(terms.begin(), positive, positive + 1);
    NodePtr out = term_node(terms[0]);
    if (terms[0].coefficient < 0.0)
        out = out->kind == Kind::Number ? number(-out->number) : simplify_product(neg(out));
    for (std::size_t i = 1; i < terms.size(); ++i)
        out = binary(terms[i].coefficient < 0.0 ? Kind::Sub : Kind::Add, out, term_node(terms[i]));
    return out;
}

} // namespace

NodePtr simplify(const NodePtr& n) {
    if (n->args.empty()) return n;
    Node copy = *n;
    for (NodePtr& a : copy.args)
        a = simplify(a);
    const NodePtr s = std::make_shared<const Node>(std::move(copy));
    switch (s->kind) {
    case Kind::Add:
    case Kind::Sub:
    case Kind::Neg:
        return simplify_sum(s);
    case Kind::Mul:
    case Kind::Div:
        return simplify_product(s);
    case Kind::Pow:
        if (is_number(s->args[1], 0.0)) return number(1.0);
        if (leading_negative(*s->args[0]) && s->args[1]->kind == Kind::Number &&
            std::fmod(s->args[1]->number, 2.0) == 0.0) // (-u)^2 = u^2
            return simplify(pow(simplify(neg(s->args[0])), s->args[1]));
        if (is_number(s->args[1], 1.0)) return s->args[0];
        if (s->args[0]->kind == Kind::Pow && s->args[0]->args[1]->kind == Kind::Number &&
            s->args[1]->kind == Kind::Number)
            return simplify_product(s);
        return s;
    case Kind::Where:
        if (same(s->args[2], s->args[3])) return s->args[2];
        return s;
    default:
        return s;
    }
}

} // namespace activa::formula
