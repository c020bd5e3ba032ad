// SPDX-License-Identifier: MIT
#include "formula_ast.hpp"
#include "tables.hpp"

#include <activa/numbers.hpp>

#include <array>
#include <bit>
#include <cmath>
#include <stdexcept>

namespace activa::formula {
namespace {

struct FnRow {
    Fn fn;
    std::string_view name;
    std::size_t arity;
};
// In the order of Fn.
constexpr std::array<FnRow, 17> kFns{{{Fn::Exp, "exp", 1},
                                      {Fn::Log, "log", 1},
                                      {Fn::Log1p, "log1p", 1},
                                      {Fn::Expm1, "expm1", 1},
                                      {Fn::Sqrt, "sqrt", 1},
                                      {Fn::Abs, "abs", 1},
                                      {Fn::Sign, "sign", 1},
                                      {Fn::Sin, "sin", 1},
                                      {Fn::Cos, "cos", 1},
                                      {Fn::Tan, "tan", 1},
                                      {Fn::Sinh, "sinh", 1},
                                      {Fn::Cosh, "cosh", 1},
                                      {Fn::Atan, "atan", 1},
                                      {Fn::Erf, "erf", 1},
                                      {Fn::Erfc, "erfc", 1},
                                      {Fn::Max, "max", 2},
                                      {Fn::Min, "min", 2}}};

struct CmpRow {
    Cmp cmp;
    std::string_view text;
};
// In the order of Cmp.
constexpr std::array<CmpRow, 4> kCmps{
    {{Cmp::Lt, "<"}, {Cmp::Le, "<="}, {Cmp::Gt, ">"}, {Cmp::Ge, ">="}}};

// fn_name and cmp_text find a row by its code.
static_assert(detail::in_enum_order(kFns, &FnRow::fn));
static_assert(detail::in_enum_order(kCmps, &CmpRow::cmp));

NodePtr make(Node n) {
    return std::make_shared<const Node>(std::move(n));
}

} // namespace

std::string_view fn_name(Fn f) {
    return kFns[static_cast<std::size_t>(f)].name;
}
std::size_t fn_arity(Fn f) {
    return kFns[static_cast<std::size_t>(f)].arity;
}
std::optional<Fn> find_fn(std::string_view name) {
    return detail::find_keyed(kFns, name, &FnRow::name, &FnRow::fn);
}
std::string_view cmp_text(Cmp c) {
    return kCmps[static_cast<std::size_t>(c)].text;
}
std::optional<Cmp> find_cmp(std::string_view text) {
    return detail::find_keyed(kCmps, text, &CmpRow::text, &CmpRow::cmp);
}

NodePtr number(double v) {
    Node n;
    n.kind = Kind::Number;
    n.number = v;
    return make(std::move(n));
}
NodePtr variable() {
    Node n;
    n.kind = Kind::X;
    return make(std::move(n));
}
NodePtr param(std::size_t index) {
    Node n;
    n.kind = Kind::Param;
    n.param = index;
    return make(std::move(n));
}
NodePtr constant(Kind pi_or_e) {
    Node n;
    n.kind = pi_or_e;
    return make(std::move(n));
}
NodePtr neg(NodePtr a) {
    Node n;
    n.kind = Kind::Neg;
    n.args = {std::move(a)};
    return make(std::move(n));
}
NodePtr binary(Kind k, NodePtr a, NodePtr b) {
    Node n;
    n.kind = k;
    n.args = {std::move(a), std::move(b)};
    return make(std::move(n));
}
NodePtr call(Fn f, std::vector<NodePtr> args) {
    if (args.size() != fn_arity(f)) throw std::invalid_argument("call: wrong argument count");
    Node n;
    n.kind = Kind::Call;
    n.fn = f;
    n.args = std::move(args);
    return make(std::move(n));
}
NodePtr builtin(ActivationId id, NodePtr a) {
    Node n;
    n.kind = Kind::Builtin;
    n.builtin = id;
    n.args = {std::move(a)};
    return make(std::move(n));
}
NodePtr where(Cmp c, NodePtr lhs, NodePtr rhs, NodePtr then, NodePtr otherwise) {
    Node n;
    n.kind = Kind::Where;
    n.cmp = c;
    n.args = {std::move(lhs), std::move(rhs), std::move(then), std::move(otherwise)};
    return make(std::move(n));
}

bool same(const Node& a, const Node& b) {
    if (&a == &b) return true;
    if (a.kind != b.kind || a.args.size() != b.args.size()) return false;
    switch (a.kind) {
    case Kind::Number:
        return std::bit_cast<std::uint64_t>(a.number) == std::bit_cast<std::uint64_t>(b.number);
    case Kind::Param:
        return a.param == b.param;
    case Kind::Call:
        if (a.fn != b.fn) return false;
        break;
    case Kind::Builtin:
        if (a.builtin != b.builtin) return false;
        break;
    case Kind::Where:
        if (a.cmp != b.cmp) return false;
        break;
    default:
        break;
    }
    for (std::size_t i = 0; i < a.args.size(); ++i)
        if (!same(*a.args[i], *b.args[i])) return false;
    return true;
}

bool is_number(const NodePtr& n, double v) {
    return n->kind == Kind::Number && n->number == v;
}

bool depends_on_x(const Node& n) {
    if (n.kind == Kind::X) return true;
    for (const NodePtr& a : n.args)
        if (depends_on_x(*a)) return true;
    return false;
}

NodePtr substitute_x(const NodePtr& n, const NodePtr& u) {
    if (n->kind == Kind::X) return u;
    if (n->args.empty()) return n;
    Node copy = *n;
    for (NodePtr& a : copy.args)
        a = substitute_x(a, u);
    return make(std::move(copy));
}

namespace {

// Binding strength: sums 1, products 2, negation (and a negative number) 3, powers 4, atoms 5.
// The operators between two operands as printed: the text, the operator's strength, and the
// strength each operand needs to go without parentheses.
struct InfixRow {
    Kind kind;
    std::string_view text;
    int precedence;
    int left;
    int right;
};
constexpr std::array<InfixRow, 5> kInfix{{{Kind::Add, " + ", 1, 1, 2},
                                          {Kind::Sub, " - ", 1, 1, 2},
                                          {Kind::Mul, "*", 2, 2, 3},
                                          {Kind::Div, "/", 2, 2, 3},
                                          {Kind::Pow, "^", 4, 5, 4}}}; // 2^(-x), not 2^-x

const InfixRow* find_infix(Kind k) {
    for (const InfixRow& r : kInfix)
        if (r.kind == k) return &r;
    return nullptr;
}

int precedence(const Node& n) {
    if (const InfixRow* op = find_infix(n.kind)) return op->precedence;
    const bool negative =
        n.kind == Kind::Neg || (n.kind == Kind::Number && (n.number < 0 || std::signbit(n.number)));
    return negative ? 3 : 5;
}

class Printer {
public:
    explicit Printer(std::span<const FormulaParam> params)
        : m_params(params) {}

    void put(const Node& n, int at_least) {
        const bool parens = precedence(n) < at_least;
        if (parens) m_out += '(';
        put(n);
        if (parens) m_out += ')';
    }
    std::string take() { return std::move(m_out); }

private:
    void put(const Node& n) {
        switch (n.kind) {
        case Kind::Number:
            m_out += format_number(n.number);
            return;
        case Kind::X:
            m_out += 'x';
            return;
        case Kind::Param:
            if (n.param < m_params.size()) {
                m_out += m_params[n.param].name;
            } else {
                m_out += 'p';
                m_out += std::to_string(n.param);
            }
            return;
        case Kind::Pi:
            m_out += "pi";
            return;
        case Kind::E:
            m_out += 'e';
            return;
        case Kind::Neg:
            m_out += '-';
            put(*n.args[0], 3);
            return;
        case Kind::Add:
        case Kind::Sub:
        case Kind::Mul:
        case Kind::Div:
        case Kind::Pow:
            infix(n, *find_infix(n.kind));
            return;
        case Kind::Call:
            call(fn_name(n.fn), n.args);
            return;
        case Kind::Builtin:
            call(info(n.builtin).key, n.args);
            return;
        case Kind::Where:
            m_out += "where(";
            put(*n.args[0], 1);
            m_out += ' ';
            m_out += cmp_text(n.cmp);
            m_out += ' ';
            put(*n.args[1], 1);
            m_out += ", ";
            put(*n.args[2], 1);
            m_out += ", ";
            put(*n.args[3], 1);
            m_out += ')';
            return;
        }
    }
    void infix(const Node& n, const InfixRow& op) {
        put(*n.args[0], op.left);
        m_out += op.text;
        put(*n.args[1], op.right);
    }
    void call(std::string_view name, const std::vector<NodePtr>& args) {
        m_out += name;
        m_out += '(';
        for (std::size_t i = 0; i < args.size(); ++i) {
            if (i > 0) m_out += ", ";
            put(*args[i], 1);
        }
        m_out += ')';
    }

    std::span<const FormulaParam> m_params;
    std::string m_out;
};

} // namespace

std::string print(const NodePtr& n, std::span<const FormulaParam> params) {
    Printer p(params);
    p.put(*n, 1);
    return p.take();
}

} // namespace activa::formula
