// SPDX-License-Identifier: MIT
// From a definition to its program: the stable form, its printed formulas, and the register
// code. Equal subexpressions are computed once; registers are reused as soon as their last
// reader has run, so that a block's working set stays in the first-level cache.
#include "formula_program.hpp"

#include <activa/numbers.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace activa {
namespace formula {
namespace {

// A text that is equal for equal trees, to find repeated subexpressions.
std::string key(const Node& n) {
    std::string k(1, static_cast<char>('A' + static_cast<int>(n.kind)));
    switch (n.kind) {
    case Kind::Number:
        k += format_number(n.number);
        break;
    case Kind::Param:
        k += std::to_string(n.param);
        break;
    case Kind::Call:
        k += std::to_string(static_cast<int>(n.fn));
        break;
    case Kind::Builtin:
        k += std::to_string(static_cast<int>(n.builtin));
        break;
    case Kind::Where:
        k += std::to_string(static_cast<int>(n.cmp));
        break;
    default:
        break;
    }
    if (std::signbit(n.number)) k += '-';
    k += '(';
    for (const NodePtr& a : n.args) {
        k += key(*a);
        k += ',';
    }
    k += ')';
    return k;
}

class Compiler {
public:
    explicit Compiler(Program& p)
        : m_p(p) {}

    // Code in single-assignment form (a virtual register per instruction), then registers.
    void compile(const NodePtr& root) {
        m_p.result = emit(root);
        if (m_p.result.scalar || m_p.result.index == kX) return;
        allocate();
    }

private:
    Operand emit(const NodePtr& n) {
        if (n->kind == Kind::X) return {false, kX};
        const std::string k = key(*n);
        if (const auto found = m_seen.find(k); found != m_seen.end()) return found->second;
        Operand o;
        if (!depends_on_x(*n)) {
            o = {true, static_cast<std::uint32_t>(m_p.scalars.size())};
            m_p.scalars.push_back(n);
        } else {
            o = instruction(*n);
        }
        m_seen.emplace(k, o);
        return o;
    }

    Operand push(Instr in) {
        in.dst = kFirstVirtual + static_cast<std::uint32_t>(m_p.code.size());
        m_p.code.push_back(in);
        return {false, in.dst};
    }

    // A scalar where a register is needed: a register filled once per call.
    Operand in_register(Operand o) {
        if (!o.scalar) return o;
        for (const auto& [reg, slot] : m_broadcasts)
            if (slot == o.index) return {false, reg};
        const std::uint32_t reg = kBroadcastBase + static_cast<std::uint32_t>(m_broadcasts.size());
        m_broadcasts.emplace_back(reg, o.index);
        return {false, reg};
    }

    Operand instruction(const Node& n) {
        if (n.args.empty()) throw std::logic_error("compile: a leaf that depends on x");
        Instr in;
        in.kind = n.kind;
        in.fn = n.fn;
        in.cmp = n.cmp;
        in.id = n.builtin;
        in.arity = static_cast<std::uint8_t>(n.args.size());
        const std::vector<Operand*> slots = operands(in);
        for (std::size_t i = 0; i < slots.size(); ++i) {
            const Operand o = emit(n.args[i]);
            // where compares and selects point by point: its operands are all registers.
            *slots[i] = n.kind == Kind::Where ? in_register(o) : o;
        }
        if (n.kind == Kind::Pow) in.power = power_form(in, *n.args[1]);
        return push(in);
    }

    // u^2, u^3 and u^-1 of a block u by products or a division.
    static PowerForm power_form(const Instr& in, const Node& exponent) {
        if (in.a.scalar || exponent.kind != Kind::Number) return PowerForm::General;
        if (exponent.number == 2.0) return PowerForm::Square;
        if (exponent.number == 3.0) return PowerForm::Cube;
        if (exponent.number == -1.0) return PowerForm::Recip;
        return PowerForm::General;
    }

    // Linear scan over the single-assignment code: a register is free again after the last
    // instruction that reads it, and a destination is taken before the sources are given back,
    // so that no loop writes what it reads.
    void allocate() {
        const std::size_t count = m_p.code.size();
        std::vector<std::size_t> last_use(count, 0);
        const auto virtual_index = [](const Operand& o) -> std::optional<std::size_t> {
            if (o.scalar || o.index < kFirstVirtual) return std::nullopt;
            return o.index - kFirstVirtual;
        };
        for (std::size_t i = 0; i < count; ++i)
            for (const Operand* o : operands(m_p.code[i]))
                if (const auto v = virtual_index(*o)) last_use[*v] = i;
        const auto broadcasts = static_cast<std::uint32_t>(m_broadcasts.size());
        std::vector<std::uint32_t> physical(count, 0);
        std::vector<std::uint32_t> free;
        std::uint32_t next = 2 + broadcasts;
        for (std::size_t i = 0; i < count; ++i) {
            Instr& in = m_p.code[i];
            std::uint32_t dst = kResult;
            if (i + 1 < count) {
                if (free.empty()) {
                    dst = next++;
                } else {
                    dst = free.back();
                    free.pop_back();
                }
            }
            physical[i] = dst;
            for (Operand* o : operands(in)) {
                if (o->scalar) continue;
                if (o->index >= kBroadcastBase && o->index < kFirstVirtual) {
                    o->index = 2 + (o->index - kBroadcastBase);
                } else if (const auto v = virtual_index(*o)) {
                    o->index = physical[*v];
                    if (last_use[*v] == i &&
                        std::find(free.begin(), free.end(), o->index) == free.end())
                        free.push_back(o->index);
                }
            }
            in.dst = dst;
        }
        m_p.registers = next;
        for (const auto& [reg, slot] : m_broadcasts)
            m_p.broadcasts.emplace_back(2 + (reg - kBroadcastBase), slot);
        m_p.result = {false, kResult};
    }

    static std::vector<Operand*> operands(Instr& in) {
        std::vector<Operand*> all{&in.a, &in.b, &in.c, &in.d};
        all.resize(in.arity);
        return all;
    }

    // Register numbers before allocation: broadcasts, then one per instruction.
    static constexpr std::uint32_t kBroadcastBase = 1U << 20U;
    static constexpr std::uint32_t kFirstVirtual = 1U << 24U;

    Program& m_p;
    std::map<std::string, Operand> m_seen;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_broadcasts;
};

void collect_calls(const Node& n, std::vector<ActivationId>& out) {
    if (n.kind == Kind::Builtin && std::find(out.begin(), out.end(), n.builtin) == out.end())
        out.push_back(n.builtin);
    for (const NodePtr& a : n.args)
        collect_calls(*a, out);
}

} // namespace
} // namespace formula

CompiledFunction::CompiledFunction(const Definition& definition) {
    using namespace formula;
    if (!definition.expr) throw std::invalid_argument("CompiledFunction: an empty definition");
    auto p = std::make_shared<Program>();
    p->name = definition.name;
    p->params = definition.params;
    const NodePtr stable = stabilise(definition.expr);
    p->formula = print(tidy(definition.expr), p->params);
    p->stable = print(stable, p->params);
    p->derivative = print(simplify(derive(stable)), p->params);
    collect_calls(*stable, p->calls);
    Compiler(*p).compile(stable);
    m_program = std::move(p);
}

const std::string& CompiledFunction::name() const {
    return m_program->name;
}
std::span<const FormulaParam> CompiledFunction::params() const {
    return m_program->params;
}
std::vector<double> CompiledFunction::default_params() const {
    std::vector<double> out;
    for (const FormulaParam& p : m_program->params)
        out.push_back(p.default_value);
    return out;
}
const std::string& CompiledFunction::formula() const {
    return m_program->formula;
}
const std::string& CompiledFunction::stable_formula() const {
    return m_program->stable;
}
const std::string& CompiledFunction::derivative_formula() const {
    return m_program->derivative;
}
std::span<const ActivationId> CompiledFunction::calls() const {
    return m_program->calls;
}

void CompiledFunction::evaluate(std::span<const double> params, std::span<const double> xs,
                                std::span<double> values, std::span<double> derivatives) const {
    if (params.size() != m_program->params.size())
        throw std::invalid_argument("CompiledFunction::evaluate: one value per parameter");
    if (values.size() != xs.size() || derivatives.size() != xs.size())
        throw std::invalid_argument("CompiledFunction::evaluate: output spans must match");
    formula::execute(*m_program, params, xs, values, derivatives);
}

ValueAndDerivative CompiledFunction::evaluate(std::span<const double> params, double x) const {
    ValueAndDerivative r{};
    evaluate(params, std::span(&x, 1), std::span(&r.value, 1), std::span(&r.derivative, 1));
    return r;
}

FormulaExpected<CompiledFunction> compile_definition(std::string_view text) {
    auto d = parse_definition(text);
    if (!d) return FormulaExpected<CompiledFunction>::failure(d.error());
    return CompiledFunction(*d);
}

} // namespace activa
