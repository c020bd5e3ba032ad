// SPDX-License-Identifier: MIT
// Definitions: `NAME(x, p=1) = FORMULA`, or the same from the editor's separate fields. The
// text is checked as a whole first (UTF-8, length), then the signature, then the formula.
#include "formula_parser.hpp"

#include <activa/numbers.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace activa {
namespace {

using namespace formula;
using enum FormulaErrorCode;

FormulaError error_at(std::string_view text, FormulaErrorCode code, std::size_t offset,
                      std::size_t length, std::vector<std::string> args) {
    FormulaError e;
    e.code = code;
    e.offset = offset;
    e.column = characters(text.substr(0, offset));
    e.length = std::max<std::size_t>(length, 1);
    e.args = std::move(args);
    return e;
}

// What every text goes through before its tokens: valid UTF-8, not empty, not
// too long.
std::optional<FormulaError> check_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = c < 0x80             ? 1
                              : (c & 0xE0) == 0xC0 ? 2
                              : (c & 0xF0) == 0xE0 ? 3
                              : (c & 0xF8) == 0xF0 ? 4
                                                   : 0;
        bool ok = n > 0 && i + n <= text.size() && !(n == 2 && c < 0xC2);
        for (std::size_t k = 1; ok && k < n; ++k)
            ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (!ok) return error_at(text, NotUtf8, i, 1, {});
        i += n;
    }
    const std::size_t length = characters(text);
    if (length > kMaxFormulaLength) {
        std::size_t offset = 0;
        for (std::size_t seen = 0; offset < text.size(); ++offset)
            if ((text[offset] & 0xC0) != 0x80 && seen++ == kMaxFormulaLength) break;
        return error_at(text, TooLong, offset, length - kMaxFormulaLength,
                        {std::to_string(kMaxFormulaLength), std::to_string(length)});
    }
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
        return error_at(text, Empty, 0, 1, {});
    return std::nullopt;
}

std::optional<FormulaErrorCode> check_name(std::string_view name) {
    if (is_reserved(name)) return NameTaken;
    if (name.size() > kMaxFormulaNameLength) return NameTooLong;
    return std::nullopt;
}

std::optional<FormulaErrorCode> check_param(std::string_view name,
                                            std::span<const FormulaParam> before) {
    if (is_reserved(name)) return ParameterTaken;
    if (std::any_of(before.begin(), before.end(),
                    [&](const FormulaParam& p) { return p.name == name; }))
        return DuplicateParameter;
    if (before.size() >= kMaxFormulaParams) return TooManyParameters;
    return std::nullopt;
}

std::vector<std::string> name_args(FormulaErrorCode code, std::string_view name) {
    if (code == NameTooLong) return {std::string(name), std::to_string(kMaxFormulaNameLength)};
    if (code == TooManyParameters) return {std::to_string(kMaxFormulaParams)};
    return {std::string(name)};
}

// `p = 1.5` after the comma: the parameter with its default, or false with
// the error set.
bool declared_param(Parser& p, std::vector<FormulaParam>& params) {
    const Token name = p.next();
    if (name.kind != Tok::Name || name.text == "x") {
        if (name.kind == Tok::Name)
            p.fail_at(DuplicateParameter, name, {"x"});
        else
            p.fail_at(MissingName, name);
        return false;
    }
    if (const auto bad = check_param(name.text, params)) {
        p.fail_at(*bad, name, name_args(*bad, name.text));
        return false;
    }
    if (p.peek().kind != Tok::Equals) {
        p.fail_at(MissingDefault, name, {std::string(name.text)});
        return false;
    }
    p.next();
    const Token first = p.peek();
    bool negative = false;
    if (first.kind == Tok::Minus || first.kind == Tok::Plus) {
        negative = first.kind == Tok::Minus;
        p.next();
    }
    const Token value = p.next();
    const std::size_t end = value.offset + value.text.size();
    const std::string_view written = p.text().substr(first.offset, end - first.offset);
    const auto v = value.kind == Tok::Number ? parse_number(value.text) : std::nullopt;
    if (!v) {
        p.fail(BadDefault, first.offset, characters(written),
               {std::string(name.text), std::string(written)});
        return false;
    }
    params.push_back({std::string(name.text), negative ? -*v : *v});
    return true;
}

} // namespace

FormulaExpected<Definition> parse_definition(std::string_view text) {
    if (auto bad = check_text(text)) return FormulaExpected<Definition>::failure(*bad);
    Parser p(text, {});
    if (!p.lex(0)) return FormulaExpected<Definition>::failure(p.error());
    Definition d;
    const Token name = p.next();
    if (name.kind != Tok::Name) {
        p.fail_at(MissingName, name);
        return FormulaExpected<Definition>::failure(p.error());
    }
    if (const auto bad = check_name(name.text)) {
        p.fail_at(*bad, name, name_args(*bad, name.text));
        return FormulaExpected<Definition>::failure(p.error());
    }
    d.name = name.text;
    p.expect(Tok::Open, "(", false);
    if (!p.failed()) {
        const Token x = p.next();
        if (x.kind != Tok::Name || x.text != "x") p.fail_at(MissingX, x);
    }
    while (!p.failed() && p.peek().kind == Tok::Comma) {
        p.next();
        declared_param(p, d.params);
    }
    if (!p.failed()) p.expect(Tok::Close, ")", false);
    if (!p.failed()) p.expect(Tok::Equals, "=", false);
    if (p.failed()) return FormulaExpected<Definition>::failure(p.error());
    const std::size_t start = p.peek().offset;
    d.text = std::string(text.substr(start));
    // The formula's names are resolved against the parameters just declared.
    Parser body(text, d.params);
    body.lex(start);
    d.expr = body.formula();
    if (!d.expr) return FormulaExpected<Definition>::failure(body.error());
    return d;
}

FormulaExpected<Definition> make_definition(std::string_view name, std::vector<FormulaParam> params,
                                            std::string_view formula_text) {
    const auto fail = [](std::string_view where, FormulaErrorCode code,
                         std::vector<std::string> args) {
        return FormulaExpected<Definition>::failure(
            error_at(where, code, 0, characters(where), std::move(args)));
    };
    const bool identifier =
        !name.empty() && (std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_') &&
        std::all_of(name.begin(), name.end(),
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    if (name.empty()) return fail(name, MissingName, {});
    if (!identifier) return fail(name, NotAName, {std::string(name)});
    if (const auto bad = check_name(name)) return fail(name, *bad, name_args(*bad, name));
    std::vector<FormulaParam> checked;
    for (const FormulaParam& p : params) {
        if (p.name == "x") return fail(p.name, DuplicateParameter, {"x"});
        if (const auto bad = check_param(p.name, checked))
            return fail(p.name, *bad, name_args(*bad, p.name));
        if (!std::isfinite(p.default_value))
            return fail(p.name, BadDefault, {p.name, format_number(p.default_value)});
        checked.push_back(p);
    }
    if (auto bad = check_text(formula_text)) return FormulaExpected<Definition>::failure(*bad);
    Definition d;
    d.name = name;
    d.params = std::move(checked);
    d.text = formula_text;
    Parser body(formula_text, d.params);
    if (!body.lex(0)) return FormulaExpected<Definition>::failure(body.error());
    d.expr = body.formula();
    if (!d.expr) return FormulaExpected<Definition>::failure(body.error());
    return d;
}

} // namespace activa
