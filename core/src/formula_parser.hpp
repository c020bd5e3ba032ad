// SPDX-License-Identifier: MIT
#pragma once

// The lexer and recursive-descent parser of formulas, shared by the definition's parser
// (formula_parse.cpp). Recursion happens only through nested parentheses, calls and unary or
// power operators, each of which counts towards kMaxFormulaDepth before it recurses, so no
// input can exhaust the stack.

#include "formula_ast.hpp"

#include <activa/numbers.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace activa::formula {

enum class Tok {
    Number,
    Name,
    Plus,
    Minus,
    Star,
    Slash,
    Caret,
    Open,
    Close,
    Comma,
    Equals,
    Compare, // <, <=, > or >=: find_cmp tells which
    End
};

struct Symbol {
    std::string_view text;
    Tok kind;
};
// The two-character comparisons come before the one-character ones they start with.
inline constexpr std::array<Symbol, 13> kSymbols{{{"<=", Tok::Compare},
                                                  {">=", Tok::Compare},
                                                  {"<", Tok::Compare},
                                                  {">", Tok::Compare},
                                                  {"+", Tok::Plus},
                                                  {"-", Tok::Minus},
                                                  {"*", Tok::Star},
                                                  {"/", Tok::Slash},
                                                  {"^", Tok::Caret},
                                                  {"(", Tok::Open},
                                                  {")", Tok::Close},
                                                  {",", Tok::Comma},
                                                  {"=", Tok::Equals}}};

struct Token {
    Tok kind = Tok::End;
    std::size_t offset = 0;
    std::string_view text;
};

// Characters (not bytes) in a UTF-8 text.
std::size_t characters(std::string_view s);
// The nearest candidate for "did you mean": the same name in another case first, then the
// fewest edits; "" when none is close (formula_names.cpp).
std::string nearest(std::string_view name, const std::vector<std::string>& candidates);
// Every name that may be called: the functions, where, the built-ins' ids and aliases.
std::vector<std::string> function_names();
// A word the language gives a meaning: a definition's name or a parameter may not be one.
bool is_reserved(std::string_view name);

class Parser {
public:
    using enum FormulaErrorCode;

    Parser(std::string_view text, std::span<const FormulaParam> params)
        : m_text(text)
        , m_params(params) {}

    // Splits the text into tokens; false (with the error set) on a character of no token.
    bool lex(std::size_t from) {
        std::size_t i = from;
        while (true) {
            while (i < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[i])))
                ++i;
            if (i >= m_text.size()) break;
            const std::size_t start = i;
            const char c = m_text[i];
            const auto u = static_cast<unsigned char>(c);
            Tok kind = Tok::End;
            if (std::isdigit(u) || (c == '.' && i + 1 < m_text.size() &&
                                    std::isdigit(static_cast<unsigned char>(m_text[i + 1])))) {
                kind = Tok::Number;
                i = number_end(i);
            } else if (std::isalpha(u) || c == '_') {
                kind = Tok::Name;
                while (i < m_text.size() &&
                       (std::isalnum(static_cast<unsigned char>(m_text[i])) || m_text[i] == '_'))
                    ++i;
            } else {
                kind = symbol(i);
                if (kind == Tok::End) {
                    std::size_t n = 1;
                    while (start + n < m_text.size() && (m_text[start + n] & 0xC0) == 0x80)
                        ++n;
                    fail(UnexpectedCharacter, start, 1, {std::string(m_text.substr(start, n))});
                    return false;
                }
            }
            m_tokens.push_back({kind, start, m_text.substr(start, i - start)});
        }
        m_tokens.push_back({Tok::End, m_text.size(), {}});
        return true;
    }

    const FormulaError& error() const { return m_error; }
    bool failed() const { return m_failed; }
    const Token& peek() const { return m_tokens[m_pos]; }
    const Token& next() { return m_tokens[m_pos++]; }

    void fail(FormulaErrorCode code, std::size_t offset, std::size_t length,
              std::vector<std::string> args = {}) {
        if (m_failed) return;
        m_failed = true;
        m_error.code = code;
        m_error.offset = offset;
        m_error.column = characters(m_text.substr(0, offset));
        m_error.length = std::max<std::size_t>(length, 1);
        m_error.args = std::move(args);
    }
    void fail_at(FormulaErrorCode code, const Token& t, std::vector<std::string> args = {}) {
        fail(code, t.offset, characters(t.text), std::move(args));
    }

    // The whole expression up to the end of the text.
    NodePtr formula() {
        if (peek().kind == Tok::End) {
            fail(Empty, peek().offset, 1);
            return nullptr;
        }
        NodePtr e = expression(0);
        if (e && !m_failed) expect(Tok::End, "");
        return m_failed ? nullptr : e;
    }

    // The token that should have been `what`; after a complete operand, a name or number there
    // is a missing operator and a comparison one out of place.
    void expect(Tok kind, std::string_view what, bool after_operand = true) {
        const Token& t = peek();
        if (t.kind == kind) {
            ++m_pos;
            return;
        }
        if (!after_operand)
            fail_at(ExpectedToken, t, {std::string(what), std::string(t.text)});
        else if (t.kind == Tok::Compare)
            fail_at(MisplacedComparison, t, {std::string(t.text)});
        else if (t.kind == Tok::Number || t.kind == Tok::Name || t.kind == Tok::Open)
            fail_at(MissingOperator, t, {std::string(t.text)});
        else if (kind == Tok::End)
            fail_at(ExpectedToken, t, {"", std::string(t.text)});
        else
            fail_at(ExpectedToken, t, {std::string(what), std::string(t.text)});
    }

    std::string_view text() const { return m_text; }
    std::size_t position() const { return m_pos; }
    void set_position(std::size_t p) { m_pos = p; }

private:
    std::size_t number_end(std::size_t i) const {
        auto digit = [&](std::size_t k) {
            return k < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[k]));
        };
        while (digit(i))
            ++i;
        if (i < m_text.size() && m_text[i] == '.') {
            ++i;
            while (digit(i))
                ++i;
        }
        if (i < m_text.size() && (m_text[i] == 'e' || m_text[i] == 'E')) {
            std::size_t k = i + 1;
            if (k < m_text.size() && (m_text[k] == '+' || m_text[k] == '-')) ++k;
            if (digit(k)) {
                i = k;
                while (digit(i))
                    ++i;
            }
        }
        return i;
    }
    Tok symbol(std::size_t& i) const {
        for (const Symbol& symbol : kSymbols) {
            if (m_text.substr(i).starts_with(symbol.text)) {
                i += symbol.text.size();
                return symbol.kind;
            }
        }
        return Tok::End;
    }

    bool deeper(std::size_t depth, const Token& at) {
        if (depth < kMaxFormulaDepth) return true;
        fail_at(TooDeep, at, {std::to_string(kMaxFormulaDepth)});
        return false;
    }

    NodePtr expression(std::size_t depth) {
        NodePtr left = term(depth);
        while (left && (peek().kind == Tok::Plus || peek().kind == Tok::Minus)) {
            const Kind k = next().kind == Tok::Plus ? Kind::Add : Kind::Sub;
            NodePtr right = term(depth);
            left = right ? binary(k, left, right) : nullptr;
        }
        return left;
    }
    NodePtr term(std::size_t depth) {
        NodePtr left = unary(depth);
        while (left && (peek().kind == Tok::Star || peek().kind == Tok::Slash)) {
            const Kind k = next().kind == Tok::Star ? Kind::Mul : Kind::Div;
            NodePtr right = unary(depth);
            left = right ? binary(k, left, right) : nullptr;
        }
        return left;
    }
    NodePtr unary(std::size_t depth) {
        const Token& t = peek();
        if (t.kind != Tok::Minus && t.kind != Tok::Plus) return power(depth);
        if (!deeper(depth, t)) return nullptr;
        ++m_pos;
        NodePtr operand = unary(depth + 1);
        if (!operand) return nullptr;
        return t.kind == Tok::Minus ? neg(operand) : operand;
    }
    NodePtr power(std::size_t depth) {
        NodePtr base = primary(depth);
        if (!base || peek().kind != Tok::Caret) return base;
        const Token& caret = next();
        if (!deeper(depth, caret)) return nullptr;
        NodePtr exponent = unary(depth + 1);
        return exponent ? pow(base, exponent) : nullptr;
    }
    NodePtr primary(std::size_t depth) {
        const Token& t = next();
        switch (t.kind) {
        case Tok::Number:
            return literal(t);
        case Tok::Name:
            return name(t, depth);
        case Tok::Open: {
            if (!deeper(depth, t)) return nullptr;
            NodePtr inner = expression(depth + 1);
            if (!inner) return nullptr;
            expect(Tok::Close, ")");
            return m_failed ? nullptr : inner;
        }
        default:
            if (t.kind == Tok::Compare)
                fail_at(MisplacedComparison, t, {std::string(t.text)});
            else
                fail_at(ExpectedOperand, t, {std::string(t.text)});
            return nullptr;
        }
    }
    NodePtr literal(const Token& t) {
        const auto v = parse_number(t.text);
        if (!v) {
            fail_at(NumberTooLarge, t, {std::string(t.text)});
            return nullptr;
        }
        return number(*v);
    }
    NodePtr name(const Token& t, std::size_t depth) {
        if (peek().kind == Tok::Open) return function(t, depth);
        const std::string_view n = t.text;
        if (n == "x") return variable();
        if (n == "pi") return constant(Kind::Pi);
        if (n == "e") return constant(Kind::E);
        for (std::size_t i = 0; i < m_params.size(); ++i)
            if (m_params[i].name == n) return param(i);
        if (n == "where" || find_fn(n) || find_builtin(n)) {
            fail_at(MissingArguments, t, {std::string(n)});
            return nullptr;
        }
        std::vector<std::string> names{"x", "pi", "e"};
        for (const FormulaParam& p : m_params)
            names.push_back(p.name);
        fail_at(UnknownName, t, {std::string(n), nearest(n, names)});
        return nullptr;
    }
    NodePtr function(const Token& t, std::size_t depth) {
        const std::string_view n = t.text;
        const auto fn = find_fn(n);
        const auto id = find_builtin(n);
        const bool is_where = n == "where";
        if (!fn && !id && !is_where) {
            const bool value = n == "x" || n == "pi" || n == "e" ||
                               std::any_of(m_params.begin(), m_params.end(),
                                           [&](const FormulaParam& p) { return p.name == n; });
            if (value)
                fail_at(NotAFunction, t, {std::string(n)});
            else
                fail_at(UnknownFunction, t, {std::string(n), nearest(n, function_names())});
            return nullptr;
        }
        const Token& open = next();
        if (!deeper(depth, open)) return nullptr;
        std::vector<NodePtr> args;
        std::optional<Cmp> cmp;
        if (is_where) {
            if (!condition(depth + 1, args, cmp)) return nullptr;
        } else if (peek().kind != Tok::Close) {
            NodePtr a = expression(depth + 1);
            if (!a) return nullptr;
            args.push_back(a);
        }
        while (!m_failed && peek().kind == Tok::Comma) {
            ++m_pos;
            NodePtr a = expression(depth + 1);
            if (!a) return nullptr;
            args.push_back(a);
        }
        if (!m_failed) expect(Tok::Close, ")");
        if (m_failed) return nullptr;
        const std::size_t given = args.size() - (is_where ? 1 : 0);
        const std::size_t wanted = is_where ? 3 : fn ? fn_arity(*fn) : 1;
        if (given != wanted) {
            fail_at(WrongArgumentCount, t,
                    {std::string(n), std::to_string(wanted), std::to_string(given)});
            return nullptr;
        }
        if (is_where) return formula::where(*cmp, args[0], args[1], args[2], args[3]);
        if (fn) return call(*fn, std::move(args));
        return builtin(*id, args[0]);
    }
    // where's first argument: two operands of one comparison, pushed onto args.
    bool condition(std::size_t depth, std::vector<NodePtr>& args, std::optional<Cmp>& cmp) {
        const Token& start = peek();
        NodePtr lhs = expression(depth);
        if (!lhs) return false;
        const Token& op = peek();
        if (op.kind != Tok::Compare) {
            fail(ConditionNeeded, start.offset,
                 characters(m_text.substr(start.offset, op.offset - start.offset)));
            return false;
        }
        ++m_pos;
        cmp = find_cmp(op.text);
        NodePtr rhs = expression(depth);
        if (!rhs) return false;
        if (peek().kind == Tok::Compare) {
            fail_at(MisplacedComparison, peek(), {std::string(peek().text)});
            return false;
        }
        args.push_back(lhs);
        args.push_back(rhs);
        return true;
    }

    std::string_view m_text;
    std::span<const FormulaParam> m_params;
    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    FormulaError m_error;
    bool m_failed = false;
};

} // namespace activa::formula
